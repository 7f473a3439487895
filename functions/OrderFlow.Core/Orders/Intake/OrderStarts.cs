using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Orders accepted but not yet started wait here (setting "OrderStartQueue"), so a shop's webhook is answered as
/// soon as the payload, the order row and this message are stored: starting the workflow takes several more round
/// trips to the task hub, which a queue function makes. Each message is one workflow input; the start is idempotent.
/// </summary>
public sealed class OrderStarts
{
    public const string QueueSetting = "OrderStartQueue";

    // A queue message holds 64 KiB, base64 takes a third more: larger inputs are started at once instead.
    const int LargestMessageBytes = 48 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The payload and the order row are written alongside the message; it shows once they are surely stored.
    static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(1);

    // A poisoned start whose order is not stored (its intake failed, so the sender was told to try again) is looked
    // at again this much later, until the message expires (seven days).
    static readonly TimeSpan RecheckUnstoredAfter = TimeSpan.FromHours(1);
    const int MessagesPerRead = 32;

    // A start still failing this long after its order came needs a person (the poison queue watch says so); it is
    // left in the poison queue, as queueing it again would also renew its seven days.
    static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(3);

    readonly QueueClient queue;
    readonly QueueClient poisoned;
    readonly OrderBook orders;
    readonly TimeProvider time;

    public OrderStarts(QueueServiceClient queues, IConfiguration configuration, OrderBook orders, TimeProvider time)
    {
        this.orders = orders;
        this.time = time;
        queue = queues.GetQueueClient(configuration[QueueSetting] ?? "order-starts");
        // Where the Functions host moves a message that failed every attempt.
        poisoned = queues.GetQueueClient(queue.Name + "-poison");
    }

    /// <summary>Queues the start; answers false when the input is too large for a message.</summary>
    public async Task<bool> TryEnqueueAsync(OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(input, Json);
        if (Encoding.UTF8.GetByteCount(json) > LargestMessageBytes)
        {
            return false;
        }
        await queue.EnsureExistsAsync(cancellationToken);
        await queue.SendMessageAsync(json, StartDelay, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// Gives every poisoned start of a stored order another round (a start fails for good when the task hub was away
    /// for a minute, or the order's row came late), so no accepted order stays Received, for up to three days after
    /// the order came. Starts are idempotent, so one for an order that did start is harmless; answers how many were
    /// queued again.
    /// </summary>
    public async Task<int> RetryPoisonedAsync(CancellationToken cancellationToken)
    {
        if (!await poisoned.ExistsAsync(cancellationToken))
        {
            return 0;
        }
        var retried = 0;
        while (true)
        {
            var batch = (await poisoned.ReceiveMessagesAsync(MessagesPerRead, RecheckUnstoredAfter, cancellationToken)).Value;
            foreach (var message in batch)
            {
                if (OrderIdOf(message.MessageText) is { } orderId
                    && await orders.FindAsync(orderId, cancellationToken) is { } order && time.GetUtcNow() - order.ReceivedAt < GiveUpAfter)
                {
                    await queue.SendMessageAsync(message.MessageText, cancellationToken: cancellationToken);
                    await poisoned.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    retried++;
                }
            }
            if (batch.Length < MessagesPerRead)
            {
                return retried;
            }
        }
    }

    /// <summary>The order a start message is for; null for a message no start could ever read (left to expire).</summary>
    static OrderId? OrderIdOf(string message)
    {
        try
        {
            return Parse(message).OrderId;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static OrderWorkflowInput Parse(string message) =>
        JsonSerializer.Deserialize<OrderWorkflowInput>(message, Json) ?? throw new JsonException("The start message is empty.");
}
