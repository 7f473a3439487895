using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Prices the order and finds its customer; records Validated (with any price overrides and their reasons) or
/// Rejected with every reason. Pricing's holds (prices away from the catalogue) come before the approval policy's.
/// </summary>
public sealed class ValidateOrderActivity(OrderPricing pricing, ApprovalPolicy approval, OrderBook orders, TimeProvider time) : TaskActivity<OrderWorkflowInput, OrderValidation>
{
    public override async Task<OrderValidation> RunAsync(TaskActivityContext context, OrderWorkflowInput input)
    {
        var validation = await pricing.PriceAsync(input.OrderId, input.Order, CancellationToken.None);
        if (validation.Order is { } valid)
        {
            string?[] holds = [validation.HoldReason, approval.HoldReason(valid)];
            validation = validation with { HoldReason = holds.Any(h => h is not null) ? string.Join(" ", holds.OfType<string>()) : null };
        }
        var now = time.GetUtcNow();
        await orders.ApplyStepAsync(input.OrderId, r => validation.Order is { } priced ? r.Validate(priced, now) : r.RejectInvalid(validation.Reasons, now));
        return validation;
    }
}
