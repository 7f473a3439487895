using Azure;
using Azure.Data.Tables;

namespace OrderFlow.DevHost.Timers;

/// <summary>
/// Remembers each timer's last and next occurrence across restarts, as the Functions host's schedule monitor
/// does, so a missed occurrence runs once at start-up with IsPastDue set.
/// </summary>
sealed class TimerStatusStore(TableServiceClient tables, string hostId)
{
    const string TableName = "DevHostTimerStatus";
    readonly TableClient table = tables.GetTableClient(TableName);

    public async Task<TimerStatus?> ReadAsync(string functionName, CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(hostId, functionName, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } row
            ? new TimerStatus(row.GetDateTimeOffset("Last")!.Value, row.GetDateTimeOffset("Next")!.Value)
            : null;
    }

    public Task WriteAsync(string functionName, TimerStatus status, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(
            new TableEntity(hostId, functionName) { ["Last"] = status.Last, ["Next"] = status.Next },
            TableUpdateMode.Replace,
            cancellationToken);
}

sealed record TimerStatus(DateTimeOffset Last, DateTimeOffset Next);
