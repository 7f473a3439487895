using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Orders.StaffAlerts;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>An email to the approvers about an order's hold, which ends at <paramref name="HoldEndsAt"/>.</summary>
public sealed record ApproverNotice(OrderId OrderId, DateTimeOffset HoldEndsAt, ApproverEmailKind Kind);

/// <summary>
/// Emails each approver (setting OrderFlow:Approvals:Notify) about an order on hold, through the outbox: once per order,
/// approver and kind, however often the step runs. A reminder for an order someone has decided on already is not sent.
/// </summary>
public sealed class NotifyApproversActivity(OrderBook orders, EmailOutbox outbox, IOptions<ApproverOptions> approvers, OrderPages pages, TimeProvider time)
    : TaskActivity<ApproverNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ApproverNotice notice)
    {
        if (await orders.FindAsync(notice.OrderId, CancellationToken.None) is not { Status: OrderStatus.OnHold, Decision: null } order)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var page = pages.For(order.OrderId.Value);
        foreach (var approver in approvers.Value.Addresses())
        {
            await outbox.EnqueueAsync(ApproverEmails.Compose(order, approver, notice.Kind, notice.HoldEndsAt, now, page), CancellationToken.None);
        }
        return true;
    }
}
