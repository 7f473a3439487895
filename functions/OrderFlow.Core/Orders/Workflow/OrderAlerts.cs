using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Emails the operations inbox (setting OrderFlow:Alerts:Email) about an order, once per order and alert key.</summary>
public sealed class OrderAlerts(EmailOutbox outbox, IOptions<AlertOptions> alerts)
{
    /// <summary>Tells operations of a refund the order owes (<see cref="OrderRecord.OweRefunds"/>), if it owes one.</summary>
    public Task RefundDueAsync(OrderRecord record) =>
        record.Timeline.FirstOrDefault(t => t.Stage == "RefundDue") is { Detail: { } why }
            ? SendAsync(record, "refund-due", "needs a refund", why)
            : Task.CompletedTask;

    public Task SendAsync(OrderRecord record, string key, string subject, string detail) =>
        outbox.EnqueueAsync(
            new EmailMessage(
                $"order/{record.OrderId}/{key}",
                alerts.Value.Email,
                "Operations",
                $"Order {record.ExternalId} {subject}",
                $"Order {record.ExternalId} ({record.OrderId}) is {record.Status}. {detail}\n"),
            CancellationToken.None);
}
