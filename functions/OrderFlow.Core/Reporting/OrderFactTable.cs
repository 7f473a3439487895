using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// The OrderFacts table: partition = UTC day of receipt ("2026-11-27"), a row per order ID, and the day's change
/// marker (row "!changed", first in the partition), rewritten in the same transaction as every fact it announces. A
/// day's partition is bounded by that day's orders and never grows afterwards, and recomputing a day's rollup is one
/// single-partition range read; spreading days apart keeps today's writes off older partitions.
/// </summary>
public sealed class OrderFactTable(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OrderFacts";
    // Sorts before every order ID, so a read of the day meets the marker before the facts it announces.
    const string ChangedRow = "!changed";
    const int ParallelReads = 16;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A fact lists the order's SKUs: 500 long ones outgrow one column.
    static readonly SplitTextColumn Document = new("Document");

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public Task CreateAsync(CancellationToken cancellationToken) => table.EnsureExistsAsync(cancellationToken);

    /// <summary>
    /// Writes the fact with its day's change marker, in one transaction, unless a newer version of the fact is already
    /// there (a slower, older writer lost the race); answers the ETag of the fact written, or null when nothing was.
    /// With the ETag of the version the caller wrote last, the fact goes straight to its row, read first only when
    /// another writer got in since; without one, it is first tried as a new row, as an order's first change finds none.
    /// </summary>
    public async Task<ETag?> SaveAsync(OrderFact fact, ETag? written, CancellationToken cancellationToken)
    {
        try
        {
            return await SubmitAsync(fact, written is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(fact), etag)
                : new TableTransactionAction(TableTransactionActionType.Add, ToEntity(fact)), cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (OptimisticConcurrency.IsConflict(ex))
        {
            return await SaveReadFirstAsync(fact, cancellationToken);
        }
    }

    Task<ETag?> SaveReadFirstAsync(OrderFact fact, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(fact.Day), fact.OrderId, ["Version"], cancellationToken);
            if (!stored.HasValue)
            {
                return await SubmitAsync(fact, new TableTransactionAction(TableTransactionActionType.Add, ToEntity(fact)), cancellationToken);
            }
            return stored.Value!.GetInt32("Version") <= fact.Version
                ? await SubmitAsync(fact, new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(fact), stored.Value.ETag), cancellationToken)
                : null;
        }, cancellationToken);

    async Task<ETag?> SubmitAsync(OrderFact fact, TableTransactionAction write, CancellationToken cancellationToken)
    {
        var marker = new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(PartitionOf(fact.Day), ChangedRow));
        var responses = await table.SubmitTransactionAsync([write, marker], cancellationToken);
        return responses.Value[0].Headers.ETag;
    }

    /// <summary>Writes a day's facts as they are, in batches of 100 within the day's partition (seeding, benchmarks).</summary>
    public async Task SaveDayAsync(DateOnly day, IEnumerable<OrderFact> facts, CancellationToken cancellationToken)
    {
        foreach (var chunk in facts.Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(f => f.Day == day ? new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(f))
                    : throw new ArgumentException($"Order {f.OrderId} was not received on {day}.", nameof(facts))),
                cancellationToken);
        }
    }

    /// <summary>
    /// The day's facts, and the ETag its change marker had when they were read (null when it has none). The marker
    /// comes first, so every fact it announces is among those read.
    /// </summary>
    public async Task<(IReadOnlyList<OrderFact> Facts, string? ChangedETag)> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var facts = new List<OrderFact>();
        string? changed = null;
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(day), cancellationToken: cancellationToken))
        {
            if (entity.RowKey == ChangedRow)
            {
                changed = entity.ETag.ToString();
                continue;
            }
            facts.Add(JsonSerializer.Deserialize<OrderFact>(Document.Read(entity), Json)!);
        }
        return (facts, changed);
    }

    /// <summary>The ETags of the change markers of the days in [from, to) that have one: a point read per day.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, string>> ChangedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber)).Select(from.AddDays);
        var markers = new System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string>();
        try
        {
            await Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (day, token) =>
            {
                var marker = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(day), ChangedRow, ["RowKey"], token);
                if (marker.HasValue && marker.Value is { } row)
                {
                    markers[day] = row.ETag.ToString();
                }
            });
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No order has been recorded yet, so the table was never created: no changes.
        }
        return markers;
    }

    static string PartitionOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static TableEntity ToEntity(OrderFact fact)
    {
        var entity = new TableEntity(PartitionOf(fact.Day), fact.OrderId) { ["Version"] = fact.Version };
        Document.Write(entity, JsonSerializer.Serialize(fact, Json));
        return entity;
    }
}
