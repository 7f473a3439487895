using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The approval hold's time is up: claims the timeout as the decision unless a person's decision was claimed first
/// (its event may still be on its way, or lost with a request that died after claiming). Answers that person's
/// decision with its reason, or null when the hold timed out.
/// </summary>
public sealed class HoldTimeoutActivity(OrderBook orders) : TaskActivity<OrderId, ApprovalDecision?>
{
    public override async Task<ApprovalDecision?> RunAsync(TaskActivityContext context, OrderId orderId)
    {
        // Refused when a person's decision stands: that decision is the answer.
        var record = (await orders.ApplyAsync(orderId, r => r.Decide(HoldDecision.TimedOut, null), CancellationToken.None)).Order;
        return record.Decision is HoldDecision.Approved or HoldDecision.Rejected
            ? new ApprovalDecision(record.Decision == HoldDecision.Approved, record.DecisionReason)
            : null;
    }
}
