using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// Which reminders went out: the OneOnOneReminders table, a row "{date}-{role}" holding the hash of the link it
/// carried — never the link itself. Partition = series ID: a page view checks its link with one point read, and a
/// series gains two rows a meeting. Adding the row claims the reminder, so two timer runs at once send it once; a
/// claim whose sender died before queueing the email is taken over after <see cref="StaleClaim"/>.
/// </summary>
public sealed class ReminderLedger(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OneOnOneReminders";
    static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>True when this caller is to queue the reminder now.</summary>
    public async Task<bool> TryClaimAsync(MeetingAccess access, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var claim = new TableEntity(access.SeriesId, RowKey(access)) { ["TokenHash"] = tokenHash, ["ClaimedAt"] = now, ["Queued"] = false };
        try
        {
            await table.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(access.SeriesId, RowKey(access), cancellationToken: cancellationToken)).Value;
            if (existing.GetBoolean("Queued") == true || existing.GetDateTimeOffset("ClaimedAt") > now - StaleClaim)
            {
                return false;
            }
            return await TryTakeOverAsync(claim, existing.ETag, cancellationToken);
        }
    }

    public Task MarkQueuedAsync(MeetingAccess access, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(new TableEntity(access.SeriesId, RowKey(access)) { ["Queued"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Whether this exact link was sent for this participant and meeting (a forged but well-signed one was not).</summary>
    public async Task<bool> WasIssuedAsync(MeetingAccess access, string tokenHash, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(access.SeriesId, RowKey(access), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity && entity.GetString("TokenHash") == tokenHash;
    }

    async Task<bool> TryTakeOverAsync(TableEntity claim, ETag seen, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(claim, seen, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    static string RowKey(MeetingAccess access) => $"{access.DateKey}-{access.RoleKey}";
}
