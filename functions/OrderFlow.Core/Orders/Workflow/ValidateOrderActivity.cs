using Microsoft.DurableTask;
using OrderFlow.Core.Orders.Events;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Prices the order and finds its customer; records Validated (with any price overrides and their reasons) or
/// Rejected with every reason (operations are told them; a shop's customer is told, without them). Pricing's holds
/// (prices away from the catalogue) come before the approval policy's.
/// An order that nothing holds and no kept cancel stops goes on to its reservation in this step, Validated and
/// Reserved (or Backordered) saved as one change: the workflow would call the reservation next anyway, and one step
/// saves a round through the task hub and a write of the row, its index and its KPI facts.
/// </summary>
public sealed class ValidateOrderActivity(
    OrderPricing pricing, ApprovalPolicy approval, StockReservation reservation, OrderEventRelay events, OrderBook orders, OrderAlerts alerts, CustomerNotices notices, TimeProvider time)
    : TaskActivity<OrderWorkflowInput, OrderValidation>
{
    public override async Task<OrderValidation> RunAsync(TaskActivityContext context, OrderWorkflowInput input)
    {
        var validation = await pricing.PriceAsync(input.OrderId, input.Order, CancellationToken.None);
        if (validation.Order is not { } priced)
        {
            var at = time.GetUtcNow();
            var rejected = await orders.ApplyStepAsync(input.OrderId, r => r.RejectInvalid(validation.Reasons, at));
            await alerts.RejectedAsync(rejected);
            await notices.QueueRejectedAsync(rejected, input.Order);
            return validation;
        }
        string?[] holds = [validation.HoldReason, approval.HoldReason(priced)];
        validation = validation with { HoldReason = holds.Any(h => h is not null) ? string.Join(" ", holds.OfType<string>()) : null };
        // A cancel kept before the start reserves nothing: its event reaches the workflow only once the workflow runs.
        var cancelKept = await events.CancelKeptAsync(input.OrderId, CancellationToken.None);
        if (validation.HoldReason is not null || cancelKept)
        {
            var at = time.GetUtcNow();
            await orders.ApplyStepAsync(input.OrderId, r => r.Validate(priced, at));
            return validation with { CancelKept = cancelKept };
        }
        var results = await reservation.ReserveAsync(priced);
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(input.OrderId, r => r.Validate(priced, now).Then(v => v.Reserve(results, now)));
        return validation with { Reservation = await reservation.RecordedAsync(record, results) };
    }
}
