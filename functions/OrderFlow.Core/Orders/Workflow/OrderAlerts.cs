using Azure;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Orders.StaffAlerts;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Emails operations (setting OrderFlow:Operations:Notify) about an order that needs a person, with a link to its page:
/// once per order, alert key and address.
/// </summary>
public sealed class OrderAlerts(EmailOutbox outbox, IOptions<OperationsOptions> operations, OrderPages pages)
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

    /// <summary>
    /// Tells operations of the latest delivery problem reported on the order: once per report (a report repeated is no
    /// new one, and its email goes once however often it is asked for).
    /// </summary>
    public Task DeliveryProblemAsync(OrderRecord record)
    {
        var reports = record.Timeline.Where(t => t.Stage == Milestone.DeliveryProblem).ToList();
        return SendAsync(
            record, $"delivery-problem-{reports.Count}", "has a delivery problem",
            $"The carrier reports: {reports[^1].Detail}. Once it is dealt with, resolve it on the order page with a note; the parcel's delivery resolves it too.");
    }

    /// <summary>Validation found the order wrong: nothing was reserved, and the sender may need to be asked.</summary>
    public Task RejectedAsync(OrderRecord record) =>
        SendAsync(record, "rejected", "was rejected at validation", $"Reasons: {string.Join("; ", record.RejectionReasons ?? [])}.");

    /// <summary>Stock is short: the order waits for a restock (once per order, however often it tries again).</summary>
    public Task BackorderedAsync(OrderRecord record) =>
        SendAsync(record, "backordered", "is backordered", $"Short: {record.Timeline.LastOrDefault(t => t.Stage == Milestone.Backordered)?.Detail}. Raising the stock (PUT /api/inventory/{{sku}}/{{warehouse}}) wakes it.");

    public Task SendAsync(OrderRecord record, string key, string subject, string detail) =>
        EnqueueAsync(record.OrderId.Value, key, $"Order {record.ExternalId} {subject}", $"Order {record.ExternalId} ({record.OrderId}) is {record.Status}. {detail}\n");

    /// <summary>Tells operations an order failed, from its ID alone; once per order.</summary>
    public Task FailedAsync(string orderId, string detail) =>
        EnqueueAsync(orderId, "failed", $"Order {orderId} failed", $"Order {orderId} failed. {detail}\nStock it held was given back unless the timeline says otherwise.\n");

    async Task EnqueueAsync(string orderId, string key, string subject, string body)
    {
        var text = $"{body}\nThe order: {pages.For(orderId)}\n";
        foreach (var address in operations.Value.Addresses())
        {
            await outbox.EnqueueAsync(new EmailMessage($"order/{orderId}/{key}/{address.ToLowerInvariant()}", address, "Operations", subject, text), CancellationToken.None);
        }
    }
}
