using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace OrderFlow.DevHost.Queues;

/// <summary>
/// A received message while its function runs and what becomes of it afterwards. Its invisibility is extended as
/// long as the run lasts (each renewal gives a new pop receipt); then it is deleted, shown again or moved to the
/// poison queue. A queue update that fails is logged and left to the lease's end, when the message shows again, so
/// nothing is lost: functions are idempotent for a repeated delivery. A renewal that fails is tried again at the next
/// period, as storage that was busy for a moment may answer then.
/// </summary>
sealed partial class MessageLease(QueueClient queue, QueueMessage message, TimeSpan length, string function, ILogger logger)
{
    string popReceipt = message.PopReceipt;

    /// <summary>
    /// Extends the lease; answers false once the message is gone from the queue or its receipt no longer holds (404:
    /// deleted, or taken by another delivery after the lease lapsed), when no later renewal can succeed either.
    /// </summary>
    public async Task<bool> TryRenewAsync()
    {
        try
        {
            var renewed = await queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: length);
            popReceipt = renewed.Value.PopReceipt;
            return true;
        }
        catch (Exception ex)
        {
            LogUpdateFailed(logger, ex, function, message.MessageId);
            return ex is not RequestFailedException { Status: 404 };
        }
    }

    public Task TryDeleteAsync() => TryAsync(() => queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None));

    public Task TryShowAgainAsync(TimeSpan after) => TryAsync(() => queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: after));

    /// <summary>Moves the message to the poison queue; if that fails, it shows again when the lease ends and is poisoned then.</summary>
    public Task TryPoisonAsync(QueueClient poisonQueue) => TryAsync(async () =>
    {
        // Created on first use, as the Functions host does: most queues never poison anything.
        await poisonQueue.CreateIfNotExistsAsync();
        await poisonQueue.SendMessageAsync(message.Body);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt);
        LogMessagePoisoned(logger, function, message.MessageId, poisonQueue.Name);
    });

    async Task TryAsync(Func<Task> update)
    {
        try
        {
            await update();
        }
        catch (Exception ex)
        {
            LogUpdateFailed(logger, ex, function, message.MessageId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue function {Function}: message {MessageId} moved to {PoisonQueue}")]
    static partial void LogMessagePoisoned(ILogger logger, string function, string messageId, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue function {Function}: could not update message {MessageId} on the queue")]
    static partial void LogUpdateFailed(ILogger logger, Exception exception, string function, string messageId);
}
