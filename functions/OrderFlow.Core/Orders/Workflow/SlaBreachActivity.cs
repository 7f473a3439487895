using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>An order has waited too long for a step: marked in its timeline and the operations inbox told, once.</summary>
public sealed class SlaBreachActivity(OrderBook orders, EmailOutbox outbox, IOptions<AlertOptions> alerts, TimeProvider time) : TaskActivity<SlaBreach, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, SlaBreach breach)
    {
        var detail = $"Waiting for {breach.WaitingFor.ToLowerInvariant()} for longer than {breach.Limit}.";
        var record = await orders.UpdateAsync(breach.OrderId, r => r.Mark($"SlaBreached:{breach.WaitingFor}", time.GetUtcNow(), detail), CancellationToken.None);
        await outbox.EnqueueAsync(
            new EmailMessage(
                $"order/{breach.OrderId}/sla-{breach.WaitingFor.ToLowerInvariant()}",
                alerts.Value.Email,
                "Operations",
                $"Order {record.ExternalId} is overdue: {breach.WaitingFor.ToLowerInvariant()}",
                $"Order {record.ExternalId} ({record.OrderId}) is {record.Status}. {detail}\n"),
            CancellationToken.None);
        return true;
    }
}
