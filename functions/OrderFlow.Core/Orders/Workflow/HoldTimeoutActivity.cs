using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The approval hold's time is up: claims the timeout as the decision unless a person's decision was claimed first
/// (its event may still be on its way, or lost with a request that died after claiming), and answers the decision
/// that stands.
/// </summary>
public sealed class HoldTimeoutActivity(OrderBook orders) : TaskActivity<string, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, string orderId)
    {
        await orders.TryDecideAsync(orderId, HoldDecisions.TimedOut, CancellationToken.None);
        return (await orders.FindAsync(orderId, CancellationToken.None))?.Decision;
    }
}
