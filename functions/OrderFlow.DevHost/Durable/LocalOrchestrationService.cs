using DurableTask.Core;
using DurableTask.Core.History;
using OrderFlow.DevHost.Http;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// The provider as the sidecar's dispatchers see it, with four local adjustments; everything else passes straight through.
/// <list type="bullet">
/// <item>The sidecar starts the provider only once a worker connects but stops it whenever the sidecar stops, from an
/// async void handler; the Azure Storage provider throws when stopped before it started, which would bring the whole
/// process down. Here a stop waits for a start in progress and does nothing if none began, and waits at most
/// <see cref="StopDeadline"/> for the provider's own stop.</item>
/// <item>The sidecar's stop is unforced; the Functions host's Durable extension forces it unless host.json sets
/// durableTask's useGracefulShutdown, and so does this. Unforced, the provider waits for every orchestration session it
/// holds to end, and a session the stopped dispatcher never finishes holds the stop for ten minutes.</item>
/// <item>The orchestration dispatcher takes its next work item (from messages the provider has read ahead) only when
/// HTTP requests are not arriving in a burst (see <see cref="HttpBurst"/>); the activity dispatcher's reads are held
/// by <see cref="HeldMessageReads"/>.</item>
/// <item>A work item reaches the sidecar without the <see cref="StaleMessages"/> that Durable Functions' dispatcher
/// drops and the sidecar's does not.</item>
/// </list>
/// </summary>
sealed partial class LocalOrchestrationService(IOrchestrationService inner, bool gracefulShutdown, HttpBurst burst, ILogger<LocalOrchestrationService> logger) : IOrchestrationService
{
    // An unforced stop waits up to ten minutes for the partitions to drain, then throws, from the sidecar's async void
    // stop handler, which ends the process (seen once in a test run). A stop waits this long, then leaves this worker's
    // partition leases to expire, as a killed worker's do.
    static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(30);

    readonly Lock gate = new();
    Task? starting;

    public Task StartAsync()
    {
        lock (gate)
        {
            return starting ??= inner.StartAsync();
        }
    }

    public Task StopAsync() => StopAsync(isForced: !gracefulShutdown);

    public async Task StopAsync(bool isForced)
    {
        Task? started;
        lock (gate)
        {
            started = starting;
            starting = null;
        }
        if (started is null)
        {
            return;
        }
        await started;
        var stopping = inner.StopAsync(isForced);
        if (await Task.WhenAny(stopping, Task.Delay(StopDeadline)) == stopping)
        {
            await stopping;
            return;
        }
        // Left to finish (or throw after its ten minutes) on its own, observed here so its failure cannot end the process.
        _ = stopping.ContinueWith(stop => LogStopFailed(logger, stop.Exception!), TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        LogStopLeftRunning(logger, StopDeadline.TotalSeconds);
    }

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        await burst.WaitWhileBusyAsync(cancellationToken);
        // Null when no work came in time, whatever the interface's annotation says.
        TaskOrchestrationWorkItem? workItem = await inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        if (workItem is null)
        {
            return null!;
        }
        foreach (var message in StaleMessages.Drop(workItem))
        {
            LogDropped(logger, message.Event.EventType, workItem.InstanceId, message.OrchestrationInstance.ExecutionId);
        }
        return workItem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The task hub provider did not stop within {Seconds} s; its partition leases will expire")]
    static partial void LogStopLeftRunning(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The task hub provider's stop failed after DevHost stopped waiting")]
    static partial void LogStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a stale {EventType} message for instance {InstanceId} (execution {ExecutionId}): it has started already, or the message is for another execution")]
    static partial void LogDropped(ILogger logger, EventType eventType, string instanceId, string? executionId);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    // Each read of the work-item queue waits out a burst already (HeldMessageReads): no second wait here.
    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) => inner.AbandonTaskActivityWorkItemAsync(workItem);
}
