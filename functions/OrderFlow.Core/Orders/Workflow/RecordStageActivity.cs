using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Records a stage that needs no other work (Delivered, Completed, Cancelled) or a milestone (Paid, Approved). An
/// order that ends unfinished (Cancelled, Rejected, Failed) with payments the workflow never took is flagged for a
/// refund, and operations hear of it.
/// </summary>
public sealed class RecordStageActivity(OrderBook orders, OrderAlerts alerts, TimeProvider time) : TaskActivity<StageChange, bool>
{
    static readonly OrderStatus[] EndedUnfinished = [OrderStatus.Cancelled, OrderStatus.Rejected, OrderStatus.Failed];

    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange change)
    {
        var now = time.GetUtcNow();
        var record = await orders.UpdateAsync(change.OrderId, record =>
        {
            if (change.Milestone is { } milestone)
            {
                return record.Mark(milestone, now, change.Detail) with { Paid = record.Paid || change.Paid };
            }
            var entered = record.Enter(change.Stage, now, change.Detail);
            return EndedUnfinished.Contains(change.Stage) ? entered.OweRefunds(now) : entered;
        }, CancellationToken.None);
        await alerts.RefundDueAsync(record);
        return true;
    }
}
