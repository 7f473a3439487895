using Microsoft.DurableTask;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>A step that failed (<paramref name="Error"/>), or null once staff (<paramref name="By"/>) have asked for it to run again.</summary>
public sealed record AttentionChange(OrderId OrderId, string Step, string? Error, Actor? By = null);

/// <summary>
/// Raises or clears an order's attention flag. Raised: the failure is on the timeline and in GET /orders/{id}, and the
/// operations inbox is emailed once per time it is raised; answers that count, which the retry request must name.
/// </summary>
public sealed class AttentionActivity(OrderBook orders, OrderAlerts alerts, TimeProvider time) : TaskActivity<AttentionChange, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, AttentionChange change)
    {
        var now = time.GetUtcNow();
        if (change.Error is not { } error)
        {
            await orders.ApplyStepAsync(change.OrderId, r => r.ClearFlag(change.Step, now, change.By));
            return 0;
        }
        var record = await orders.ApplyStepAsync(change.OrderId, r => r.Flag(change.Step, error, now));
        var count = record.TimesFlagged;
        await alerts.SendAsync(record, $"attention-{count}", "needs attention", $"{record.Attention} Once the cause is fixed, POST /api/orders/{record.OrderId}/retry runs the step again.");
        return count;
    }
}
