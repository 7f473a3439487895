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
        if (record.RefundDue is not { } why)
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
        EnqueueAsync(record.OrderId.Value, key, $"Order {record.ExternalId} {subject}", $"Order {record.ExternalId} ({record.OrderId}) is {record.Status}. {detail}\n");

    /// <summary>Tells operations an order failed, from its ID alone; once per order.</summary>
    public Task FailedAsync(string orderId, string detail) =>
        EnqueueAsync(orderId, "failed", $"Order {orderId} failed", $"Order {orderId} failed. {detail}\nCheck GET /api/orders/{orderId}: stock it held was given back unless the timeline says otherwise.\n");

    Task EnqueueAsync(string orderId, string key, string subject, string body) =>
        outbox.EnqueueAsync(new EmailMessage($"order/{orderId}/{key}", alerts.Value.Email, "Operations", subject, body), CancellationToken.None);
}
