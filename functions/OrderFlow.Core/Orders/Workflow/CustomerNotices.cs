using OrderFlow.Core.Email;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Workflow;

public enum CustomerNotice { Confirmed, Shipped, Invoiced, Credited, Backordered, Cancelled, Rejected }

/// <summary>
/// Queues the customer's email from within the step that earns it (reservation, last parcel, invoice, credit,
/// cancellation, rejection), so an email costs no activity of its own; the outbox sends it once per order and notice,
/// however often the step runs. An email that cannot be queued fails the step, which is retried (every step is
/// idempotent): the customer is owed the notice, and a note in the timeline would leave it unsent for good.
/// </summary>
public sealed class CustomerNotices(EmailOutbox outbox)
{
    public Task QueueAsync(OrderRecord record, CustomerNotice notice) => SendAsync(OrderEmails.Compose(record, notice));

    /// <summary>
    /// Once per order, however often it is short again while it waits: the first email names the lines short then,
    /// and the next the customer hears is the confirmation.
    /// </summary>
    public Task QueueBackorderedAsync(OrderRecord record, IReadOnlyCollection<Sku> shortSkus) => SendAsync(OutcomeEmails.Backordered(record, shortSkus));

    public Task QueueCancelledAsync(OrderRecord record, CancelNotice notice) => SendAsync(OutcomeEmails.Cancelled(record, notice));

    /// <summary>Only a customer who placed the order in a shop hears that it was rejected.</summary>
    public Task QueueRejectedAsync(OrderRecord record, CanonicalOrder? sent) =>
        record.PlacedInShop ? SendAsync(OutcomeEmails.Rejected(record, sent)) : Task.CompletedTask;

    Task SendAsync(EmailMessage message) => outbox.EnqueueAsync(message, CancellationToken.None);
}
