using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace OrderFlow.DevHost.Queues;

/// <summary>A received message's invisibility, extended while its function runs; each renewal gives a new pop receipt.</summary>
sealed class MessageLease(QueueClient queue, QueueMessage message, TimeSpan length)
{
    public string PopReceipt { get; private set; } = message.PopReceipt;

    public async Task RenewAsync()
    {
        var renewed = await queue.UpdateMessageAsync(message.MessageId, PopReceipt, visibilityTimeout: length);
        PopReceipt = renewed.Value.PopReceipt;
    }
}
