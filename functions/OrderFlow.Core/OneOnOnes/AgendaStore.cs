using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>A shared agenda item: added for one meeting, shown at every later one until it is marked done.</summary>
public sealed record AgendaItem(string Id, string Text, ParticipantRole AddedBy, DateOnly AddedFor, DateOnly? DoneFor, int Position)
{
    public bool Done => DoneFor is not null;

    /// <summary>Open items carry over; an item done at a meeting shows, ticked, at that meeting only.</summary>
    public bool ShowsAt(DateOnly meeting) => AddedFor <= meeting && (DoneFor is null || DoneFor >= meeting);
}

/// <summary>
/// The OneOnOneAgenda table. Partition = series ID: a meeting page reads its series' whole agenda with one
/// single-partition query, and only the two participants write to it. An item's ID (the row key) is derived from
/// who added what for which meeting, so a resubmitted form adds nothing twice.
/// </summary>
public sealed class AgendaStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OneOnOneAgenda";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task<IReadOnlyList<AgendaItem>> ForMeetingAsync(string seriesId, DateOnly meeting, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {seriesId}");
        var items = new List<AgendaItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(FromEntity(row));
        }
        return [.. items.Where(i => i.ShowsAt(meeting)).OrderBy(i => i.AddedFor).ThenBy(i => i.Position).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds an item at <paramref name="position"/> of its meeting's agenda (the items already shown there plus its
    /// place in the form), so the agenda keeps the order items were added in; the row key is a hash and sorts by chance.
    /// </summary>
    public async Task AddAsync(MeetingAccess access, string text, int position, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{access.RoleKey}|{access.DateKey}|{text}")))[..16];
        try
        {
            await table.AddEntityAsync(new TableEntity(access.SeriesId, id)
            {
                ["Text"] = text,
                ["AddedBy"] = access.RoleKey,
                ["AddedFor"] = access.DateKey,
                ["Position"] = position,
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The same person added the same text for the same meeting already.
        }
    }

    /// <summary>Ticks (or unticks) an item at this meeting; last writer wins, as with a shared paper agenda.</summary>
    public async Task SetDoneAsync(MeetingAccess access, string itemId, bool done, CancellationToken cancellationToken)
    {
        var change = new TableEntity(access.SeriesId, itemId) { ["DoneFor"] = done ? access.DateKey : null };
        await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    static AgendaItem FromEntity(TableEntity row) => new(
        row.RowKey,
        row.GetString("Text"),
        Enum.Parse<ParticipantRole>(row.GetString("AddedBy"), ignoreCase: true),
        ParseDate(row.GetString("AddedFor"))!.Value,
        ParseDate(row.GetString("DoneFor")),
        row.GetInt32("Position") ?? 0);

    static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
