using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Records a stage that needs no other work (OnHold, Rejected on approval, Cancelled, Failed) or a milestone
/// (Approved, CancelTooLate) through the order's method for it. An order that ends unfinished with payments the
/// workflow never took owes them back, and operations hear of it; the customer hears of a cancellation and of a
/// rejected shop order.
/// </summary>
public sealed class RecordStageActivity(OrderBook orders, OrderAlerts alerts, CustomerNotices notices, TimeProvider time) : TaskActivity<StageChange, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange change)
    {
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(change.OrderId, ChangeFor(change, now));
        await alerts.RefundDueAsync(record);
        await TellCustomerAsync(record, change);
        return true;
    }

    /// <summary>A cancelled order's customer hears why, a rejected shop order's that it was not accepted.</summary>
    Task TellCustomerAsync(OrderRecord record, StageChange change) => change switch
    {
        { Milestone: null, Stage: OrderStatus.Cancelled, Notice: { } notice } when record.Priced is not null => notices.QueueCancelledAsync(record, notice),
        { Milestone: null, Stage: OrderStatus.Rejected } => notices.QueueRejectedAsync(record, sent: null),
        _ => Task.CompletedTask,
    };

    static Func<OrderRecord, OrderChange> ChangeFor(StageChange change, DateTimeOffset now) => (change.Milestone, change.Stage) switch
    {
        (Milestone.Approved, _) => r => r.Approve(change.Detail, now),
        (Milestone.CancelTooLate, _) => r => r.RefuseLateCancel(change.Detail, now, change.By),
        (null, OrderStatus.OnHold) => r => r.Hold(change.Detail, now),
        (null, OrderStatus.Rejected) => r => r.RejectOnHold(change.Detail, now),
        (null, OrderStatus.Cancelled) => r => r.Cancel(change.Detail, now, change.By),
        (null, OrderStatus.Failed) => r => r.Fail(change.Detail ?? "The order failed.", now),
        _ => throw new ArgumentException($"No order event records {change.Milestone?.ToString() ?? change.Stage.ToString()}.", nameof(change)),
    };
}
