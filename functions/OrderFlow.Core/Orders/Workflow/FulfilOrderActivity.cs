using Microsoft.DurableTask;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The warehouse picked some units. A SKU whose every unit is picked leaves stock (on hand and reserved go down);
/// until then its units stay reserved. The order is Fulfilled once everything is picked.
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
        var detail = "picked " + LineQuantities.Describe(step.Lines);
        await orders.UpdateAsync(step.OrderId, record => record.Once("pick:" + step.Reference, r =>
        {
            var picked = r with { Picked = LineQuantities.Sum([.. r.Picked, .. step.Lines]) };
            return step.AllPicked ? picked.Enter(OrderStatus.Fulfilled, now, detail) : picked.Note("PartiallyFulfilled", now, detail);
        }), CancellationToken.None);
        return true;
    }
}
