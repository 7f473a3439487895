using OrderFlow.Core.Email;

namespace OrderFlow.Core.Orders.Workflow;

public enum CustomerNotice { Confirmed, Shipped, Invoiced, Credited }

/// <summary>
/// Queues the customer's email from within the step that earns it (reservation, last parcel, invoice, credit), so an email
/// costs no activity of its own; the outbox sends it once per order and notice, however often the step runs.
/// </summary>
public sealed class CustomerNotices(EmailOutbox outbox)
{
    /// <summary>
    /// An email that cannot be queued fails the step, which is retried (every step is idempotent): the customer is
    /// owed the notice, and a note in the timeline would leave it unsent for good.
    /// </summary>
    public Task QueueAsync(OrderRecord record, CustomerNotice notice) =>
        outbox.EnqueueAsync(OrderEmails.Compose(record, notice), CancellationToken.None);
}
