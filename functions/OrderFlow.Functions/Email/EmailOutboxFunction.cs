using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Email;

namespace OrderFlow.Functions.Email;

public sealed class EmailOutboxFunction(EmailOutbox outbox)
{
    /// <summary>
    /// Sends one queued email. A failure that may pass comes back later, waiting longer each time; a refusal for good
    /// (or the last attempt) is retried by the queue and ends in the poison queue.
    /// </summary>
    [Function("SendQueuedEmail")]
    public Task RunAsync([QueueTrigger("%" + EmailOutbox.QueueSetting + "%")] string message, CancellationToken cancellationToken) =>
        outbox.DeliverQueuedAsync(message, cancellationToken);
}
