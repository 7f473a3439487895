using Grpc.Core;
using Microsoft.DurableTask.Client;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Events for a workflow that may have ended since it was last looked at.</summary>
public static class RunningWorkflowEvents
{
    /// <summary>
    /// Raises the event; false when the workflow no longer runs, which the Functions host's Durable extension answers
    /// NotFound (purged since) or FailedPrecondition (ended).
    /// </summary>
    public static async Task<bool> TryRaiseEventAsync(
        this DurableTaskClient durable, string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
    {
        try
        {
            await durable.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
        {
            return false;
        }
    }
}
