using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// The OrderFacts table: partition = UTC day of receipt ("2026-11-27"), row = order ID. A day's partition is
/// bounded by that day's orders and never grows afterwards, and recomputing a day's rollup is one
/// single-partition range read; spreading days apart keeps today's writes off older partitions.
/// </summary>
public sealed class OrderFactTable(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "OrderFacts";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A fact lists the order's SKUs: 500 long ones outgrow one column.
    static readonly SplitTextColumn Document = new("Document");

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public Task CreateAsync(CancellationToken cancellationToken) => table.EnsureExistsAsync(cancellationToken);

    /// <summary>
    /// Writes the fact unless a newer version of it is already there (a slower, older writer lost the race); answers
    /// the ETag of the row written, or null when nothing was. With the ETag of the version the caller wrote last, the
    /// write goes straight to the row, read first only when another writer got in since; without one, a fact is
    /// first tried as a new row, as an order's first change finds none.
    /// </summary>
    public async Task<ETag?> SaveAsync(OrderFact fact, ETag? written, CancellationToken cancellationToken)
    {
        try
        {
            return written is { } etag
                ? (await table.UpdateEntityAsync(ToEntity(fact), etag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag
                : (await table.AddEntityAsync(ToEntity(fact), cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (OptimisticConcurrency.IsConflict(ex))
        {
            return await SaveReadFirstAsync(fact, cancellationToken);
        }
    }

    Task<ETag?> SaveReadFirstAsync(OrderFact fact, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(fact.Day), fact.OrderId, cancellationToken: cancellationToken);
            if (!stored.HasValue)
            {
                return (await table.AddEntityAsync(ToEntity(fact), cancellationToken)).Headers.ETag;
            }
            return stored.Value!.GetInt32("Version") <= fact.Version
                ? (await table.UpdateEntityAsync(ToEntity(fact), stored.Value.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag
                : null;
        }, cancellationToken);

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

    public async Task<IReadOnlyList<OrderFact>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var facts = new List<OrderFact>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(day), cancellationToken: cancellationToken))
        {
            facts.Add(JsonSerializer.Deserialize<OrderFact>(Document.Read(entity), Json)!);
        }
        return facts;
    }

    static string PartitionOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static TableEntity ToEntity(OrderFact fact)
    {
        var entity = new TableEntity(PartitionOf(fact.Day), fact.OrderId) { ["Version"] = fact.Version };
        Document.Write(entity, JsonSerializer.Serialize(fact, Json));
        return entity;
    }
}
