using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Records a stage that needs no other work (Delivered, Completed, Cancelled) or a payment.</summary>
public sealed class RecordStageActivity(OrderBook orders, TimeProvider time) : TaskActivity<StageChange, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange change)
    {
        var now = time.GetUtcNow();
        await orders.UpdateAsync(change.OrderId, record => change.Paid
            ? (record.Paid ? record : record with { Paid = true, Timeline = [.. record.Timeline, new TimelineEntry("Paid", now, change.Detail)] })
            : record.Enter(change.Stage, now, change.Detail), CancellationToken.None);
        return true;
    }
}
