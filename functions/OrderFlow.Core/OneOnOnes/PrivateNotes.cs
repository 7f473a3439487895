using System.Text;
using Azure.Data.Tables;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// A participant's private notes, one row per meeting, in a table of their own that only this class reads, and only
/// for the participant a verified link names. Partition = series ID + role: each author's notes of a series stay
/// together and apart from the other participant's; an author writes a few times per meeting. The text is sealed
/// (<see cref="SealedBox"/>, bound to its row), so a reader of the table cannot read it.
/// </summary>
public sealed class PrivateNotes(TableServiceClient tables, StorageNames names, SealedBox box)
{
    public const string TableName = "OneOnOneNotes";
    public const int MaxLength = 10_000;
    const string SealedColumn = "Sealed";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task<string> ReadAsync(MeetingAccess access, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(access), access.DateKey, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return "";
        }
        // Notes saved before sealing came in are read as they were, and sealed when next saved.
        return entity.GetBinary(SealedColumn) is { } sealedText
            ? Encoding.UTF8.GetString(box.Open(sealedText, RowName(entity.PartitionKey, entity.RowKey)))
            : entity.GetString("Text") ?? "";
    }

    public async Task SaveAsync(MeetingAccess access, string text, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var partition = Partition(access);
        var sealedText = box.Seal(Encoding.UTF8.GetBytes(text), RowName(partition, access.DateKey));
        await table.UpsertEntityAsync(new TableEntity(partition, access.DateKey) { [SealedColumn] = sealedText }, TableUpdateMode.Replace, cancellationToken);
    }

    static string Partition(MeetingAccess access) => $"{access.SeriesId}-{access.RoleKey}";

    static string RowName(string partition, string row) => $"{partition}/{row}";
}
