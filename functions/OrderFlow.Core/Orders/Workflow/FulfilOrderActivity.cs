using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Picked and packed: the reserved units leave stock and the order is Fulfilled.</summary>
public sealed class FulfilOrderActivity(StockLedger stock, OrderBook orders, TimeProvider time) : TaskActivity<PricedOrder, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PricedOrder order)
    {
        foreach (var (sku, _) in ReserveStockActivity.QuantitiesBySku(order))
        {
            await stock.FulfilAsync(order.OrderId, sku, CancellationToken.None);
        }
        var now = time.GetUtcNow();
        await orders.UpdateAsync(order.OrderId, record => record.Enter(OrderStatus.Fulfilled, now), CancellationToken.None);
        return true;
    }
}
