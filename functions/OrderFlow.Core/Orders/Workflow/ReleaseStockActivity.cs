using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Compensation: gives back every unit the order holds, packed or not; once a parcel has left, nothing is given back.</summary>
public sealed class ReleaseStockActivity(StockLedger stock, OrderBook orders) : TaskActivity<OrderId, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, OrderId orderId)
    {
        if (await orders.FindAsync(orderId, CancellationToken.None) is not { } record || record.WhyNotReleaseStock() is not null)
        {
            return false;
        }
        foreach (var sku in record.Skus)
        {
            await stock.ReleaseAsync(orderId, sku, CancellationToken.None);
            await stock.ClearBackorderAsync(orderId, sku, CancellationToken.None);
        }
        return true;
    }
}
