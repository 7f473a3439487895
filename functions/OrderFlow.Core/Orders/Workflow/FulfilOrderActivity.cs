using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The warehouse picked some units (<see cref="OrderRecord.Pick"/>). A SKU whose every unit is picked leaves stock
/// (on hand and reserved go down); until then its units stay reserved. The order is Fulfilled once everything is picked.
/// </summary>
public sealed class FulfilOrderActivity(StockLedger stock, OrderBook orders, TimeProvider time) : TaskActivity<PickStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PickStep step)
    {
        foreach (var sku in step.CompletedSkus)
        {
            await stock.FulfilAsync(step.OrderId, sku, CancellationToken.None);
        }
        var now = time.GetUtcNow();
        await orders.ApplyStepAsync(step.OrderId, r => r.Pick(step.Reference, step.Lines, now, step.By));
        return true;
    }
}
