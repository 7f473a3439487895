using Azure.Data.Tables;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Inventory;

/// <summary>
/// Stock per SKU and warehouse, and the reservations against it, all in the SKU's partition of the Catalogue
/// table. Every change is one entity group transaction guarded by ETags, retried on conflict: stock never goes
/// below zero and a reservation is never applied twice, however many orders race for the last unit.
/// </summary>
public sealed class StockLedger(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    readonly TableClient table = tables.GetTableClient(names.Table(ProductCatalogue.TableName));

    public async Task<IReadOnlyList<StockLevel>> ListAsync(Sku? sku, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = sku is not { } one
            ? TableClient.CreateQueryFilter($"RowKey ge {StockRows.StockPrefix} and RowKey lt {"stock}"}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {one.Value} and RowKey ge {StockRows.StockPrefix} and RowKey lt {"stock}"}");
        var levels = new List<StockLevel>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            levels.Add(StockRows.ToLevel(row));
        }
        return levels;
    }

    /// <summary>
    /// Sets what is on hand, recording who adjusted it and why (<see cref="StockLevel.Adjust"/>); refused (false) when
    /// that would leave less than is already reserved.
    /// </summary>
    public async Task<bool> SetOnHandAsync(Sku sku, string warehouse, int onHand, int reorderPoint, Actor by, string? reason, CancellationToken cancellationToken)
    {
        // The first stock of a store without products would otherwise find no table.
        await table.EnsureExistsAsync(cancellationToken);
        return await OptimisticConcurrency.RetryAsync(async () =>
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(sku.Value, StockRows.StockKey(warehouse), cancellationToken: cancellationToken);
            var level = current.HasValue ? StockRows.ToLevel(current.Value!) : new StockLevel(sku, warehouse, 0, 0, 0);
            if (level.Adjust(onHand, reorderPoint, by, time.GetUtcNow(), reason) is not { } adjusted)
            {
                return false;
            }
            var entity = StockRows.ToEntity(adjusted);
            if (current.HasValue)
            {
                await table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Notes that an order waits for <paramref name="quantity"/> units of this SKU, so a restock can wake it and the
    /// inventory can show the demand; cleared when it reserves.
    /// </summary>
    public async Task MarkBackorderedAsync(OrderId orderId, Sku sku, int quantity, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var mark = new TableEntity(sku.Value, StockRows.BackorderKey(orderId)) { [StockRows.BackorderQuantity] = quantity };
        await table.UpsertEntityAsync(mark, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ClearBackorderAsync(OrderId orderId, Sku sku, CancellationToken cancellationToken) =>
        await table.DeleteEntityAsync(sku.Value, StockRows.BackorderKey(orderId), cancellationToken: cancellationToken);

    /// <summary>The orders waiting for this SKU.</summary>
    public async Task<IReadOnlyList<OrderId>> BackorderedOrdersAsync(Sku sku, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sku.Value} and RowKey ge {StockRows.BackorderPrefix} and RowKey lt {"backorder}"}");
        var orders = new List<OrderId>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            orders.Add(OrderId.Parse(row.RowKey[StockRows.BackorderPrefix.Length..]));
        }
        return orders;
    }

    /// <summary>Per SKU (or for one), how many orders wait for it and for how many units in all.</summary>
    public async Task<IReadOnlyList<BackorderedDemand>> BackorderedDemandAsync(Sku? sku, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var range = TableClient.CreateQueryFilter($"RowKey ge {StockRows.BackorderPrefix} and RowKey lt {"backorder}"}");
        var filter = sku is { } one ? TableClient.CreateQueryFilter($"PartitionKey eq {one.Value}") + " and " + range : range;
        var marks = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", StockRows.BackorderQuantity], cancellationToken: cancellationToken))
        {
            marks.Add(row);
        }
        return [.. marks.GroupBy(m => m.PartitionKey, StringComparer.Ordinal)
            .Select(g => new BackorderedDemand(Sku.Parse(g.Key), g.Count(), g.Sum(m => m.GetInt32(StockRows.BackorderQuantity) ?? 0)))];
    }

    public Task<ReservationResult> ReserveAsync(OrderId orderId, Sku sku, int quantity, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var partition = await SkuPartition.ReadAsync(table, sku, orderId, cancellationToken);
            if (partition.Reservation is { State: ReservationState.Reserved or ReservationState.Fulfilled } existing)
            {
                return partition.Result(quantity, existing.State, existing.Allocations);
            }
            var allocations = partition.Allocate(quantity);
            if (allocations.Sum(a => a.Quantity) < quantity)
            {
                return partition.Result(quantity, null, []);
            }
            // A reservation given back earlier (the order's other SKU was short) is taken up again.
            var transition = partition.Transition(allocations, partition.Reservation?.State, ReservationState.Reserved);
            await table.SubmitTransactionAsync(transition, cancellationToken);
            return partition.After(transition).Result(quantity, ReservationState.Reserved, allocations);
        }, cancellationToken);

    /// <summary>
    /// Gives the order's units back (cancellation, compensation): held units become available again, packed ones go
    /// back on the shelf. Nothing happens twice. Callers must not release what has shipped.
    /// </summary>
    public Task ReleaseAsync(OrderId orderId, Sku sku, CancellationToken cancellationToken) =>
        MoveAsync(orderId, sku, ReservationState.Released, [ReservationState.Reserved, ReservationState.Fulfilled], cancellationToken);

    /// <summary>The reserved units leave the warehouse: on hand and reserved both go down.</summary>
    public Task FulfilAsync(OrderId orderId, Sku sku, CancellationToken cancellationToken) =>
        MoveAsync(orderId, sku, ReservationState.Fulfilled, [ReservationState.Reserved], cancellationToken);

    Task<bool> MoveAsync(OrderId orderId, Sku sku, ReservationState target, ReservationState[] from, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var partition = await SkuPartition.ReadAsync(table, sku, orderId, cancellationToken);
            if (partition.Reservation is not { } reservation || !from.Contains(reservation.State))
            {
                return true;
            }
            await table.SubmitTransactionAsync(partition.Transition(reservation.Allocations, reservation.State, target), cancellationToken);
            return true;
        }, cancellationToken);
}
