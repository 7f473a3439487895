using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Compensation: gives back every unit the order holds, packed or not; once a parcel has left, nothing is given back.</summary>
public sealed class ReleaseStockActivity(StockLedger stock, OrderBook orders) : TaskActivity<string, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, string orderId)
    {
        var record = await orders.FindAsync(orderId, CancellationToken.None);
        if (record is null || record.Shipments.Count > 0)
        {
            return false;
        }
        var skus = record.Priced?.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal) ?? [];
        foreach (var sku in skus)
        {
            await stock.ReleaseAsync(orderId, sku, CancellationToken.None);
            await stock.ClearBackorderAsync(orderId, sku, CancellationToken.None);
        }
        return true;
    }
}
