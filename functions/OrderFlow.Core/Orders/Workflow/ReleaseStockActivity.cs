using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Compensation: gives every reserved unit of the order back.</summary>
public sealed class ReleaseStockActivity(StockLedger stock) : TaskActivity<PricedOrder, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PricedOrder order)
    {
        foreach (var (sku, _) in ReserveStockActivity.QuantitiesBySku(order))
        {
            await stock.ReleaseAsync(order.OrderId, sku, CancellationToken.None);
        }
        return true;
    }
}
