using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using OrderFlow.DevHost.Configuration;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Http;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Queues;

/// <summary>
/// Polls one queue for one function with the host.json "queues" settings: batches, backoff up to
/// maxPollingInterval, retry after visibilityTimeout, and after maxDequeueCount failures "&lt;queue&gt;-poison". It
/// stands back while HTTP requests arrive in a burst (<see cref="HttpBurst"/>).
/// </summary>
sealed partial class QueueFunctionListener(
    FunctionDescriptor function,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueSettings settings,
    FunctionInvoker invoker,
    HttpBurst burst,
    ILogger<QueueFunctionListener> logger) : BackgroundService
{
    static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    // A message stays invisible while its function runs: leased for a short while and renewed as long as the run
    // lasts, so after a crash it is back on the queue within one lease.
    static readonly TimeSpan ProcessingLease = TimeSpan.FromSeconds(30);
    static readonly TimeSpan LeaseRenewal = TimeSpan.FromSeconds(10);

    static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var capacity = settings.BatchSize + settings.NewBatchThreshold;
        using var slots = new SemaphoreSlim(capacity);
        try
        {
            await PollAsync(slots, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: let the messages in hand finish or be handed back below.
        }
        for (var i = 0; i < capacity; i++)
        {
            await slots.WaitAsync(ShutdownGrace, CancellationToken.None);
        }
    }

    async Task PollAsync(SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var trickle = await burst.WaitWhileBusyAsync(stoppingToken);
            // Hold the slots before receiving, so no received message waits unleased for a free one.
            await slots.WaitAsync(stoppingToken);
            var held = 1;
            while (!trickle && held < settings.BatchSize && slots.Wait(0, CancellationToken.None))
            {
                held++;
            }
            QueueMessage[] messages = [];
            try
            {
                messages = await TryReceiveAsync(held, stoppingToken);
            }
            finally
            {
                // A stop during the receive throws: its slots are free again, or the stop would wait out its grace.
                if (held > messages.Length)
                {
                    slots.Release(held - messages.Length);
                }
            }
            if (messages.Length == 0)
            {
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }
            delay = MinPollingInterval;
            foreach (var message in messages)
            {
                _ = ProcessAsync(message, stoppingToken).ContinueWith(_ => slots.Release(), TaskScheduler.Default);
            }
        }
    }

    /// <summary>A batch, or none while storage does not answer (the queue is created on first use).</summary>
    async Task<QueueMessage[]> TryReceiveAsync(int count, CancellationToken stoppingToken)
    {
        try
        {
            return await queue.ReceiveMessagesAsync(count, ProcessingLease, stoppingToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
            return [];
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Storage away (Azurite restarting, a timeout): keep polling rather than stop the host.
            LogReceiveFailed(logger, ex, function.Name, queue.Name);
            return [];
        }
    }

    async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        var lease = new MessageLease(queue, message, ProcessingLease, function.Name, logger);
        var run = invoker.InvokeAsync(function, InvocationContext.ForTrigger(message, stoppingToken));
        var renewing = true;
        while (await Task.WhenAny(run, Task.Delay(LeaseRenewal, CancellationToken.None)) != run)
        {
            renewing = renewing && await lease.TryRenewAsync();
        }
        try
        {
            await run;
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Cut short by shutdown, not the message's fault: hand it back at once without counting a failure.
            await lease.TryShowAgainAsync(TimeSpan.Zero);
            return;
        }
        catch (Exception ex)
        {
            LogMessageFailed(logger, ex, function.Name, message.MessageId, message.DequeueCount);
            await (message.DequeueCount < settings.MaxDequeueCount ? lease.TryShowAgainAsync(settings.VisibilityTimeout) : lease.TryPoisonAsync(poisonQueue));
            return;
        }
        await lease.TryDeleteAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue function {Function}: could not read queue {Queue}; polling on")]
    static partial void LogReceiveFailed(ILogger logger, Exception exception, string function, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue function {Function} failed on message {MessageId} (attempt {DequeueCount})")]
    static partial void LogMessageFailed(ILogger logger, Exception exception, string function, string messageId, long dequeueCount);
}
