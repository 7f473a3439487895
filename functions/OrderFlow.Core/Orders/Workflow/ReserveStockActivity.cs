using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Reserves every SKU of the order, each atomically in its own partition. If any SKU is short, what was reserved
/// is given back and the order is Backordered: it holds nothing while it waits. A reserved order is confirmed to
/// the customer.
/// </summary>
public sealed class ReserveStockActivity(StockLedger stock, StockAlerts alerts, OrderBook orders, CustomerNotices notices, TimeProvider time) : TaskActivity<PricedOrder, ReservationOutcome>
{
    public override async Task<ReservationOutcome> RunAsync(TaskActivityContext context, PricedOrder order)
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
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(order.OrderId, r => r.Reserve(results, now));
        // Short SKUs are marked so that restocking them wakes this order, once it is recorded Backordered: so only an
        // order that has been Backordered can hold marks, and one that never was (most) deletes none.
        if (record.HasReached(OrderStatus.Backordered))
        {
            foreach (var result in results)
            {
                await (reserved || result.IsReserved
                    ? stock.ClearBackorderAsync(order.OrderId, result.Sku, CancellationToken.None)
                    : stock.MarkBackorderedAsync(order.OrderId, result.Sku, CancellationToken.None));
            }
        }
        if (reserved)
        {
            await notices.QueueAsync(record, CustomerNotice.Confirmed);
        }
        return new ReservationOutcome(reserved, results);
    }

    public static IEnumerable<(Sku Sku, int Quantity)> QuantitiesBySku(PricedOrder order) =>
        order.Lines.GroupBy(l => l.Sku).Select(g => (g.Key, g.Sum(l => l.Quantity)));
}
