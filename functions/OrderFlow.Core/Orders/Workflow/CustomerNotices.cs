using Azure;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Orders.Workflow;

public enum CustomerNotice { Confirmed, Shipped, Invoiced }

/// <summary>
/// Queues the customer's email from within the step that earns it (reservation, last parcel, invoice), so an email
/// costs no activity of its own; the outbox sends it once per order and notice, however often the step runs.
/// </summary>
public sealed class CustomerNotices(OrderBook orders, EmailOutbox outbox, TimeProvider time)
{
    /// <summary>
    /// An email that cannot be queued (after the storage client's own retries) must not fail an order that is
    /// fine: the timeline says so instead, where the shop's staff see it.
    /// </summary>
    public async Task QueueAsync(OrderRecord record, CustomerNotice notice)
    {
        try
        {
            await outbox.EnqueueAsync(OrderEmails.Compose(record, notice), CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            var now = time.GetUtcNow();
            await orders.UpdateAsync(record.OrderId, r => r.Note("NoticeFailed", now, $"The {notice.ToString().ToLowerInvariant()} email could not be queued."), CancellationToken.None);
        }
    }
}
