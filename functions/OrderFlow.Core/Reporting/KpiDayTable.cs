using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// The OrderKpiDays table: one rollup row per UTC day of receipt; partition = month ("2026-11"), row = day
/// ("2026-11-27"). A month holds at most 31 small rows, and a report over any range is one range read over a
/// few consecutive partitions that holds nothing but rollups: it never touches the facts or the orders.
/// </summary>
public sealed class KpiDayTable(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OrderKpiDays";
    // Table storage caps a string property at 32K characters, so long histograms span several properties.
    const int ChunkLength = 30_000;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public Task CreateAsync(CancellationToken cancellationToken) => table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>
    /// Replaces the day's rollup with what <paramref name="compute"/> makes of the day's facts, guarded by the
    /// rollup's ETag: a writer that read the facts before another's newer fact landed loses and reads again, so
    /// the last rollup written always includes every fact written before it.
    /// </summary>
    public Task ReplaceAsync(DateOnly day, Func<Task<KpiTotals>> compute, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(Month(day), Day(day), cancellationToken: cancellationToken);
            var entity = ToEntity(day, await compute());
            if (!stored.HasValue)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else if (!SameContent(stored.Value!, entity))
            {
                await table.UpdateEntityAsync(entity, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            return true;
        }, cancellationToken);

    /// <summary>The rollups of the days in [from, to); days without orders have no row.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, KpiTotals Totals)>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {Month(from)} and PartitionKey le {Month(to)} and RowKey ge {Day(from)} and RowKey lt {Day(to)}");
        var days = new List<(DateOnly, KpiTotals)>();
        try
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                days.Add((DateOnly.ParseExact(entity.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture), FromEntity(entity)));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No order has been recorded yet, so the table was never created: no days.
        }
        return days;
    }

    static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static TableEntity ToEntity(DateOnly day, KpiTotals totals)
    {
        var entity = new TableEntity(Month(day), Day(day)) { ["Totals"] = JsonSerializer.Serialize(totals, Json) };
        foreach (var (name, histogram) in totals.Durations)
        {
            var text = histogram.ToText();
            for (var chunk = 0; chunk * ChunkLength < text.Length; chunk++)
            {
                entity[$"H_{name}_{chunk}"] = text.Substring(chunk * ChunkLength, Math.Min(ChunkLength, text.Length - chunk * ChunkLength));
            }
        }
        return entity;
    }

    static KpiTotals FromEntity(TableEntity entity)
    {
        var totals = JsonSerializer.Deserialize<KpiTotals>(entity.GetString("Totals"), Json)!;
        foreach (var name in KpiTotals.DurationNames)
        {
            var text = string.Concat(Enumerable.Range(0, int.MaxValue).Select(chunk => entity.GetString($"H_{name}_{chunk}")).TakeWhile(t => t is not null));
            totals.Durations[name].Add(DurationHistogram.Parse(text));
        }
        return totals;
    }

    static bool SameContent(TableEntity stored, TableEntity computed) =>
        stored.Keys.Where(IsData).Order(StringComparer.Ordinal).SequenceEqual(computed.Keys.Where(IsData).Order(StringComparer.Ordinal))
        && computed.Keys.Where(IsData).All(key => Equals(stored[key], computed[key]));

    static bool IsData(string key) => key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag");
}
