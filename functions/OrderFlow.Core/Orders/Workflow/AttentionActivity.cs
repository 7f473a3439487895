using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>A step that failed (<paramref name="Error"/>), or null once staff have asked for it to run again.</summary>
public sealed record AttentionChange(string OrderId, string Step, string? Error);

/// <summary>
/// Raises or clears an order's attention flag. Raised: the failure is on the timeline and in GET /orders/{id}, and the
/// operations inbox is emailed once per time it is raised; answers that count, which the retry request must name.
/// </summary>
public sealed class AttentionActivity(OrderBook orders, OrderAlerts alerts, TimeProvider time) : TaskActivity<AttentionChange, int>
{
    public const string Raised = "NeedsAttention";
    public const string Cleared = "Retried";

    public override async Task<int> RunAsync(TaskActivityContext context, AttentionChange change)
    {
        var now = time.GetUtcNow();
        if (change.Error is null)
        {
            await orders.UpdateAsync(
                change.OrderId, r => r.Attention is null ? r : r.Note(Cleared, now, change.Step) with { Attention = null }, CancellationToken.None);
            return 0;
        }
        var detail = $"{change.Step} failed: {change.Error}";
        var record = await orders.UpdateAsync(
            change.OrderId, r => r.Attention is not null ? r : r.Note(Raised, now, detail) with { Attention = detail }, CancellationToken.None);
        var count = TimesRaised(record);
        await alerts.SendAsync(record, $"attention-{count}", "needs attention", $"{detail} Once the cause is fixed, POST /api/orders/{record.OrderId}/retry runs the step again.");
        return count;
    }

    public static int TimesRaised(OrderRecord record) => record.Timeline.Count(t => t.Stage == Raised);
}
