using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Records a stage that needs no other work (Delivered, Completed, Cancelled) or a milestone (Paid, Approved).</summary>
public sealed class RecordStageActivity(OrderBook orders, TimeProvider time) : TaskActivity<StageChange, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange change)
    {
        var now = time.GetUtcNow();
        await orders.UpdateAsync(change.OrderId, record => change.Milestone is { } milestone
            ? record.Mark(milestone, now, change.Detail) with { Paid = record.Paid || change.Paid }
            : record.Enter(change.Stage, now, change.Detail), CancellationToken.None);
        return true;
    }
}
