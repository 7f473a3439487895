using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// The OrderKpiDays table: per UTC day of receipt, a rollup row ("2026-11-27"); partition = month ("2026-11"). A
/// month holds at most 31 small rows, and a report over any range reads its rollups in one range read over a few
/// consecutive partitions: it never touches the facts of an unchanged day. Each day's change marker is in
/// <see cref="OrderFactTable"/>, written with the facts it announces.
/// </summary>
public sealed class KpiDayTable(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OrderKpiDays";

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public Task CreateAsync(CancellationToken cancellationToken) => table.EnsureExistsAsync(cancellationToken);

    /// <summary>The rollups of the days in [from, to) that have one, without their change markers.</summary>
    public async Task<IReadOnlyList<KpiDayState>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {KpiDayEntity.Month(from)} and PartitionKey le {KpiDayEntity.Month(to)} and RowKey ge {KpiDayEntity.Day(from)} and RowKey lt {KpiDayEntity.Day(to)}");
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                rows.Add(entity);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No order has been recorded yet, so the table was never created: no days.
        }
        // Change markers once lived here ("2026-11-27.changed"); only rollup rows count.
        return [.. rows.Where(r => r.RowKey.Length == 10).Select(State)];
    }

    /// <summary>The day's rollup alone.</summary>
    public async Task<KpiDayState> ReadAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await ReadAsync(day, day.AddDays(1), cancellationToken)).SingleOrDefault() ?? new KpiDayState(day, null, null, null);

    /// <summary>
    /// Stores <paramref name="totals"/> as the day's rollup, computed from facts read after the marker had
    /// <paramref name="changedETag"/>. Guarded by the rollup's ETag; losing to another writer is fine, since a
    /// rollup computed after an older marker is simply recomputed by the next reader.
    /// </summary>
    public async Task SaveAsync(KpiDayState state, KpiTotals totals, string? changedETag, CancellationToken cancellationToken)
    {
        var entity = KpiDayEntity.From(state.Day, totals, changedETag);
        try
        {
            if (state.Rollup is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else if (!KpiDayEntity.SameContent(state.Rollup, entity))
            {
                await table.UpdateEntityAsync(entity, state.Rollup.ETag, TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (Exception ex) when (OptimisticConcurrency.IsConflict(ex))
        {
            // Another reader refreshed the day at the same time.
        }
    }

    static KpiDayState State(TableEntity rollup) =>
        new(DateOnly.ParseExact(rollup.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture), rollup, KpiDayEntity.Totals(rollup), null);
}

/// <summary>A day's stored rollup (if any) and its change marker's ETag (if any).</summary>
public sealed record KpiDayState(DateOnly Day, TableEntity? Rollup, KpiTotals? Totals, string? ChangedETag)
{
    /// <summary>Some fact changed after the rollup was computed (or the day has no rollup yet).</summary>
    public bool IsStale => ChangedETag is not null && (Rollup is null || Rollup.GetString(KpiDayEntity.ComputedAfter) != ChangedETag);
}
