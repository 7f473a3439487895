using Azure;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Emails the operations inbox (setting OrderFlow:Alerts:Email) about an order, once per order and alert key.</summary>
public sealed class OrderAlerts(EmailOutbox outbox, IOptions<AlertOptions> alerts)
{
    /// <summary>
    /// Tells operations of a refund the order owes (<see cref="OrderRecord.OweRefunds"/>), if it owes one. Best effort:
    /// the order shows the refund either way, and a failure here must not fail the step that ended the order.
    /// </summary>
    public async Task RefundDueAsync(OrderRecord record)
    {
        if (record.Timeline.FirstOrDefault(t => t.Stage == OrderRecord.RefundDue) is not { Detail: { } why })
        {
            return;
        }
        try
        {
            await SendAsync(record, "refund-due", "needs a refund", why);
        }
        catch (RequestFailedException)
        {
            // Storage refused after its own retries; the flag stays on the order for staff to see.
        }
    }

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
