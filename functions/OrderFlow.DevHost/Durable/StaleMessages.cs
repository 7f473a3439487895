using DurableTask.Core;
using DurableTask.Core.History;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// Messages an orchestration's next episode must not see, dropped as Durable Functions' dispatcher (DurableTask.Core)
/// drops them before running the orchestrator; the sidecar's own dispatcher takes every message into the history.
/// A start message for an instance that has started comes again when its delete was lost (a crash, storage away, or
/// the send retried after a timeout): taken in, it makes the history invalid ("Multiple ExecutionStartedEvent found")
/// and the batch is abandoned again and again, so the instance never moves. A message for another execution of the
/// instance belongs to a run that is over. The provider still deletes dropped messages with the batch.
/// </summary>
static class StaleMessages
{
    /// <summary>Removes the stale messages from the work item; answers them.</summary>
    public static IReadOnlyList<TaskMessage> Drop(TaskOrchestrationWorkItem workItem)
    {
        var started = workItem.OrchestrationRuntimeState.ExecutionStartedEvent is not null;
        var executionId = workItem.OrchestrationRuntimeState.OrchestrationInstance?.ExecutionId
            ?? workItem.NewMessages.Select(m => m.Event).OfType<ExecutionStartedEvent>().FirstOrDefault()?.OrchestrationInstance?.ExecutionId;
        var kept = new List<TaskMessage>(workItem.NewMessages.Count);
        var dropped = new List<TaskMessage>();
        foreach (var message in workItem.NewMessages)
        {
            var stale = message.Event is ExecutionStartedEvent
                ? started
                : executionId is not null && message.OrchestrationInstance.ExecutionId is { Length: > 0 } other && other != executionId;
            started |= message.Event is ExecutionStartedEvent;
            (stale ? dropped : kept).Add(message);
        }
        if (dropped.Count > 0)
        {
            workItem.NewMessages = kept;
        }
        return dropped;
    }
}
