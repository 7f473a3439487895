using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// An order's reservation attempt, around the order's own change: every SKU reserved (each atomically in its own
/// partition) or none, as a short SKU gives back what was reserved, so a Backordered order holds nothing while it
/// waits. Shared by the reservation step and by validation, which reserves in its own step when nothing holds the order.
/// </summary>
public sealed class StockReservation(StockLedger stock, StockAlerts alerts, CustomerNotices notices, OrderAlerts operations)
{
    /// <summary>Reserves every SKU or none; a full reservation raises the reorder alerts it causes.</summary>
    public async Task<IReadOnlyList<ReservationResult>> ReserveAsync(PricedOrder order)
    {
        var results = new List<ReservationResult>();
        foreach (var (sku, quantity) in QuantitiesBySku(order))
        {
            results.Add(await stock.ReserveAsync(order.OrderId, sku, quantity, CancellationToken.None));
        }
        var reserved = results.All(r => r.IsReserved);
        if (!reserved)
        {
            foreach (var result in results.Where(r => r.IsReserved))
            {
                await stock.ReleaseAsync(order.OrderId, result.Sku, CancellationToken.None);
            }
        }
        foreach (var low in results.Where(r => reserved && r.BelowReorderPoint))
        {
            await alerts.RaiseAsync(low, CancellationToken.None);
        }
        return results;
    }

    /// <summary>
    /// After the order recorded the attempt: short SKUs are marked so that restocking them wakes the order, once it is
    /// recorded Backordered (so only an order that has been Backordered can hold marks, and one that never was, most,
    /// deletes none); a reserved order is confirmed to the customer; one waiting for stock is told which lines wait,
    /// and operations are told it is backordered.
    /// </summary>
    public async Task<ReservationOutcome> RecordedAsync(OrderRecord record, IReadOnlyList<ReservationResult> results)
    {
        var reserved = results.All(r => r.IsReserved);
        if (record.HasReached(OrderStatus.Backordered))
        {
            foreach (var result in results)
            {
                await (reserved || result.IsReserved
                    ? stock.ClearBackorderAsync(record.OrderId, result.Sku, CancellationToken.None)
                    : stock.MarkBackorderedAsync(record.OrderId, result.Sku, result.Requested, CancellationToken.None));
            }
        }
        if (reserved)
        {
            await notices.QueueAsync(record, CustomerNotice.Confirmed);
        }
        else if (record.Status == OrderStatus.Backordered)
        {
            await notices.QueueBackorderedAsync(record, [.. results.Where(r => !r.IsReserved).Select(r => r.Sku)]);
            await operations.BackorderedAsync(record);
        }
        return new ReservationOutcome(reserved, results);
    }

    static IEnumerable<(Sku Sku, int Quantity)> QuantitiesBySku(PricedOrder order) =>
        order.Lines.GroupBy(l => l.Sku).Select(g => (g.Key, g.Sum(l => l.Quantity)));
}
