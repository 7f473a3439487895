using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>An order has waited too long for a step: marked in its timeline and the operations inbox told, once.</summary>
public sealed class SlaBreachActivity(OrderBook orders, OrderAlerts alerts, TimeProvider time) : TaskActivity<SlaBreach, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, SlaBreach breach)
    {
        var waitingFor = breach.WaitingFor.ToLowerInvariant();
        var detail = $"Waiting for {waitingFor} for longer than {breach.Limit}.";
        var record = await orders.ApplyStepAsync(breach.OrderId, r => r.Overdue(breach.WaitingFor, detail, time.GetUtcNow()));
        await alerts.SendAsync(record, $"sla-{waitingFor}", $"is overdue: {waitingFor}", detail);
        return true;
    }
}
