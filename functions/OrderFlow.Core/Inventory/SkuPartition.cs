using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.Core.Storage;
using Azure.Data.Tables;

namespace OrderFlow.Core.Inventory;

/// <summary>One read of a SKU partition: its stock rows and one order's reservation, with the ETags to write back.</summary>
sealed class SkuPartition
{
    readonly List<TableEntity> stockRows;
    readonly TableEntity? reservationRow;
    readonly OrderId orderId;

    SkuPartition(Sku sku, OrderId orderId, List<TableEntity> stockRows, TableEntity? reservationRow)
    {
        Sku = sku;
        this.orderId = orderId;
        this.stockRows = stockRows;
        this.reservationRow = reservationRow;
    }

    public Sku Sku { get; }

    public (ReservationState State, List<Allocation> Allocations)? Reservation =>
        reservationRow is null ? null : StockRows.ReadReservation(reservationRow);

    public static async Task<SkuPartition> ReadAsync(TableClient table, Sku sku, OrderId orderId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var stock = new List<TableEntity>();
        TableEntity? reservation = null;
        var reservationKey = StockRows.ReservationKey(orderId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sku.Value} and ((RowKey ge {StockRows.StockPrefix} and RowKey lt {"stock}"}) or RowKey eq {reservationKey})");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == reservationKey)
            {
                reservation = row;
            }
            else
            {
                stock.Add(row);
            }
        }
        return new SkuPartition(sku, orderId, stock, reservation);
    }

    /// <summary>Takes from the warehouse with most available first, so one order ships from as few places as possible.</summary>
    public List<Allocation> Allocate(int quantity)
    {
        var allocations = new List<Allocation>();
        foreach (var level in stockRows.Select(StockRows.ToLevel).Where(l => l.Available > 0).OrderByDescending(l => l.Available).ThenBy(l => l.Warehouse, StringComparer.Ordinal))
        {
            if (quantity == 0)
            {
                break;
            }
            var take = Math.Min(quantity, level.Available);
            allocations.Add(new Allocation(level.Warehouse, take));
            quantity -= take;
        }
        return allocations;
    }

    /// <summary>
    /// One transaction moving a reservation between states: each touched stock row (ETag-guarded) and the
    /// reservation row. Reserving holds units; releasing frees them; fulfilling takes them off the shelf; releasing a
    /// fulfilled (packed, not shipped) reservation puts them back on the shelf.
    /// </summary>
    public List<TableTransactionAction> Transition(IReadOnlyList<Allocation> allocations, ReservationState? from, ReservationState to)
    {
        var actions = new List<TableTransactionAction>();
        foreach (var allocation in allocations)
        {
            var row = stockRows.Single(r => r.RowKey == StockRows.StockKey(allocation.Warehouse));
            var level = StockRows.ToLevel(row);
            var q = allocation.Quantity;
            var (onHand, reserved) = (from, to) switch
            {
                (null or ReservationState.Released, ReservationState.Reserved) => (0, q),
                (ReservationState.Reserved, ReservationState.Released) => (0, -q),
                (ReservationState.Reserved, ReservationState.Fulfilled) => (-q, -q),
                (ReservationState.Fulfilled, ReservationState.Released) => (q, 0),
                _ => throw new InvalidOperationException($"A reservation cannot move from {from} to {to}."),
            };
            var updated = StockRows.ToEntity(level with { OnHand = level.OnHand + onHand, Reserved = level.Reserved + reserved });
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, updated, row.ETag));
        }
        var reservation = StockRows.Reservation(Sku, orderId, to, allocations);
        actions.Add(from is null
            ? new TableTransactionAction(TableTransactionActionType.Add, reservation)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, reservation, reservationRow!.ETag));
        return actions;
    }

    /// <summary>The partition as <paramref name="transition"/> left it, once stored: no need to read it again.</summary>
    public SkuPartition After(IReadOnlyList<TableTransactionAction> transition)
    {
        var written = transition.Select(action => action.Entity).OfType<TableEntity>().ToDictionary(row => row.RowKey, StringComparer.Ordinal);
        return new SkuPartition(Sku, orderId, [.. stockRows.Select(row => written.GetValueOrDefault(row.RowKey, row))], written.GetValueOrDefault(StockRows.ReservationKey(orderId)));
    }

    public ReservationResult Result(int requested, ReservationState? state, IReadOnlyList<Allocation> allocations)
    {
        var levels = stockRows.Select(StockRows.ToLevel).ToList();
        var reserved = allocations.Sum(a => a.Quantity);
        var belowReorderPoint = levels.Sum(l => l.Available) < levels.Sum(l => l.ReorderPoint);
        var shortBy = state is null ? requested - Math.Min(requested, levels.Sum(l => Math.Max(0, l.Available))) : 0;
        return new ReservationResult(Sku, requested, state, allocations, shortBy, belowReorderPoint && reserved > 0);
    }
}
