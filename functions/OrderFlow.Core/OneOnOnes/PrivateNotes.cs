using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// A participant's private notes, one row per meeting, in a table of their own that only this class reads, and only
/// for the participant a verified link names. Partition = series ID + role: each author's notes of a series stay
/// together and apart from the other participant's; an author writes a few times per meeting.
/// </summary>
public sealed class PrivateNotes(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OneOnOneNotes";
    public const int MaxLength = 10_000;
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task<string> ReadAsync(MeetingAccess access, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(access), access.DateKey, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? entity.GetString("Text") ?? "" : "";
    }

    public async Task SaveAsync(MeetingAccess access, string text, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(Partition(access), access.DateKey) { ["Text"] = text }, TableUpdateMode.Replace, cancellationToken);
    }

    static string Partition(MeetingAccess access) => $"{access.SeriesId}-{access.RoleKey}";
}
