using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders;

/// <summary>An order as its start finds it, and whether the payload it arrived as is in its row (else in blobs).</summary>
public sealed record StoredOrder(OrderRecord Record, bool PayloadInRow);

/// <summary>
/// The Orders table: partition = order ID (one order never outgrows a partition's 2,000 operations/s, and orders
/// spread evenly), row "order" holding the OrderRecord as JSON (split over columns when long: a 500-line order
/// outgrows one) and the raw payload it arrived as when that fits a binary column. Changes are read-modify-write with
/// the row's ETag, retried on conflict; they read and merge the record's columns only, so the payload stays as
/// written. A change starts from the version this process last read or wrote (<see cref="HeldRows{T}"/>) when it holds
/// one, so a workflow's steps on one order read its row once. Lists read the <see cref="OrderIndex"/>, which changes
/// keep up to date.
/// </summary>
public sealed class OrderBook(
    TableServiceClient tables, StorageNames names, OrderIndex index, HeldRows<OrderRecord> held, IEnumerable<IOrderObserver> observers, ILogger<OrderBook> logger)
{
    const int ParallelReads = 16;

    public const string TableName = "Orders";
    const string OrderRow = "order";
    static readonly SplitTextColumn Document = new("Document");
    const string PayloadColumn = "Payload";
    // Says whether the payload is in the row without reading its up to 60 KiB.
    const string PayloadInRowColumn = "PayloadInRow";
    static readonly string[] RecordColumns = [.. Document.Columns];

    /// <summary>The largest payload kept in the order's row (a binary column holds 64 KiB); larger ones go to blobs.</summary>
    public const int LargestPayloadInRow = 60 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>
    /// Records a received order with the payload it arrived as (at most <see cref="LargestPayloadInRow"/>; none
    /// when it is stored elsewhere); answers false when it was already there (a duplicate delivery). One insert and
    /// nothing more, as a shop waits for it: observers first hear of the order when its workflow records a step.
    /// </summary>
    public async Task<bool> TryCreateAsync(OrderRecord record, ReadOnlyMemory<byte>? payload, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var entity = ToEntity(record);
        entity[PayloadInRowColumn] = payload is not null;
        if (payload is { } bytes)
        {
            entity[PayloadColumn] = bytes.ToArray();
        }
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Stores an imported past order (<see cref="OrderRecord.Import"/>) and lists it and its KPI facts; answers false
    /// when it was stored before. A repeat lists the stored version again, which changes nothing unless an earlier
    /// import stopped between its writes, and then completes it.
    /// </summary>
    public async Task<bool> TryImportAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var created = await TryCreateAsync(record, null, cancellationToken);
        var stored = created ? record : await FindAsync(record.OrderId, cancellationToken) ?? record;
        await index.AddAsync(stored, cancellationToken);
        await NotifyAsync(stored, cancellationToken);
        return created;
    }

    public async Task<OrderRecord?> FindAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(orderId.Value, OrderRow, RecordColumns, cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>
    /// Readies a stored order for its workflow: lists it in the index (intake left that to here, as a shop waits for
    /// one insert only) and answers the order with whether its payload is in its row; null when there is no such order yet.
    /// </summary>
    public async Task<StoredOrder?> ReadyToStartAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(orderId.Value, OrderRow, [PayloadInRowColumn, .. RecordColumns], cancellationToken);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }
        var record = FromEntity(entity);
        held.Hold(orderId.Value, record, entity.ETag);
        await index.AddAsync(record, cancellationToken);
        return new StoredOrder(record, entity.GetBoolean(PayloadInRowColumn) == true);
    }

    /// <summary>The payload kept in the order's row, or null.</summary>
    public async Task<byte[]?> ReadPayloadAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(orderId.Value, OrderRow, [PayloadColumn], cancellationToken);
        // Asked for a column a row lacks, Azurite answers it empty rather than leaving it out.
        return row.HasValue && row.Value?.GetBinary(PayloadColumn) is { Length: > 0 } payload ? payload : null;
    }

    /// <summary>Applies <paramref name="change"/> to the latest version; an event and an activity may race on one order.</summary>
    public async Task<OrderRecord> UpdateAsync(OrderId orderId, Func<OrderRecord, OrderRecord> change, CancellationToken cancellationToken)
    {
        var indexed = false;
        var before = OrderStatus.Received;
        var updated = await OptimisticConcurrency.RetryAsync(async () =>
        {
            var (current, changed, etag) = await ChangeLatestAsync(orderId, change, indexed, cancellationToken);
            before = current.Status;
            // The index first, so every stored status was indexed before it was stored. A crash between the two
            // leaves the index ahead until the step is made again (workflow steps are retried) or the order next
            // changes; meanwhile a month's list shows the status the step is making. Once an attempt has written
            // the index, every later one writes it again and stores the record even unchanged: that ETag-checked
            // write fails if another writer got in after the index was written, and the retry writes the index
            // again, so a lost race cannot leave a stale status in the index.
            if (indexed || OrderIndex.Differs(current, changed))
            {
                await index.WriteAsync(current, changed, again: indexed, cancellationToken);
                indexed = true;
            }
            if (changed != current || indexed)
            {
                try
                {
                    etag = (await table.UpdateEntityAsync(ToEntity(changed), etag, TableUpdateMode.Merge, cancellationToken)).Headers.ETag!.Value;
                }
                catch (RequestFailedException ex) when (OptimisticConcurrency.IsConflict(ex))
                {
                    held.Forget(orderId.Value);
                    throw;
                }
            }
            held.Hold(orderId.Value, changed, etag);
            return changed;
        }, cancellationToken);
        OrderEndLog.Write(logger, before, updated);
        await NotifyAsync(updated, cancellationToken);
        return updated;
    }

    /// <summary>
    /// The order's latest version as this process holds it (else as read), the change applied to it, and its ETag.
    /// A held version that the change leaves as it is is read afresh: only a write would find out it had gone stale.
    /// </summary>
    async Task<(OrderRecord Current, OrderRecord Changed, ETag ETag)> ChangeLatestAsync(
        OrderId orderId, Func<OrderRecord, OrderRecord> change, bool indexed, CancellationToken cancellationToken)
    {
        if (held.TryGet(orderId.Value, out var version))
        {
            var changed = change(version.Value);
            if (changed != version.Value || indexed)
            {
                return (version.Value, changed, version.ETag);
            }
        }
        var row = await table.GetEntityAsync<TableEntity>(orderId.Value, OrderRow, RecordColumns, cancellationToken);
        var current = FromEntity(row.Value);
        return (current, change(current), row.Value.ETag);
    }

    /// <summary>
    /// Observers (the KPI rollups) hear of the record once an update is stored, and again on every repeated update
    /// even when nothing changed: an observer that fails makes the call fail after the order is safely written, and
    /// the caller's retry (Durable activity retries, a redelivered order) lets the observer catch up.
    /// </summary>
    async Task NotifyAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OrderChangedAsync(record, cancellationToken);
        }
    }

    /// <summary>
    /// Applies one business event of the order aggregate (<see cref="OrderRecord"/>) to the latest version and stores
    /// the new state; answers the change, stored, or the order unchanged with the refusal that says why not.
    /// </summary>
    public async Task<OrderChange> ApplyAsync(OrderId orderId, Func<OrderRecord, OrderChange> change, CancellationToken cancellationToken)
    {
        OrderChange? last = null;
        var stored = await UpdateAsync(orderId, r => (last = change(r)).Order, cancellationToken);
        return last! with { Order = stored };
    }

    /// <summary>
    /// A workflow step's change: as <see cref="ApplyAsync"/>, but a refusal fails the step, as the workflow asked for
    /// a move the order does not allow.
    /// </summary>
    public async Task<OrderRecord> ApplyStepAsync(OrderId orderId, Func<OrderRecord, OrderChange> change)
    {
        var applied = await ApplyAsync(orderId, change, CancellationToken.None);
        return applied.Refusal is { } refusal ? throw new OrderRefusedException(orderId, refusal) : applied.Order;
    }

    /// <summary>
    /// One page of orders matching the filter, newest first, as the index summarises them. Orders whose index row
    /// keeps no summary (a customer's list) are read from their rows, and one whose row no longer matches (the index is
    /// briefly ahead of a change in progress) is left out, so a page may hold fewer than asked and still have a next one.
    /// </summary>
    public async Task<(IReadOnlyList<OrderSummary> Items, string? ContinuationToken)> QueryAsync(
        OrderQuery query, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var (listed, next) = await index.QueryAsync(query, pageSize, continuationToken, cancellationToken);
        var unsummarised = listed.Where(o => o.Summary is null).Select(o => o.OrderId).ToList();
        var read = (await FindManyAsync(unsummarised, cancellationToken)).Where(query.Matches).ToDictionary(r => r.OrderId, OrderSummary.Of);
        return ([.. listed.Select(o => o.Summary ?? read.GetValueOrDefault(o.OrderId)).OfType<OrderSummary>()], next);
    }

    /// <summary>The orders of those IDs that exist, in the order asked, read side by side.</summary>
    public async Task<IReadOnlyList<OrderRecord>> FindManyAsync(IReadOnlyList<OrderId> orderIds, CancellationToken cancellationToken)
    {
        var records = new OrderRecord?[orderIds.Count];
        await Parallel.ForAsync(0, orderIds.Count, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => records[i] = await FindAsync(orderIds[i], token));
        return [.. records.OfType<OrderRecord>()];
    }

    static TableEntity ToEntity(OrderRecord record)
    {
        var entity = new TableEntity(record.OrderId.Value, OrderRow);
        Document.Write(entity, JsonSerializer.Serialize(record, Json));
        return entity;
    }

    static OrderRecord FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<OrderRecord>(Document.Read(entity), Json)!;
}

/// <summary>Told of every stored order record; must tolerate hearing of the same record more than once.</summary>
public interface IOrderObserver
{
    Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken);
}
