using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Prices the order from the catalogue and finds its customer; records Validated or Rejected with every reason.</summary>
public sealed class ValidateOrderActivity(OrderPricing pricing, ApprovalPolicy approval, OrderBook orders, TimeProvider time) : TaskActivity<OrderWorkflowInput, OrderValidation>
{
    public override async Task<OrderValidation> RunAsync(TaskActivityContext context, OrderWorkflowInput input)
    {
        var validation = await pricing.PriceAsync(input.OrderId, input.Order, CancellationToken.None);
        if (validation.Order is { } valid)
        {
            validation = validation with { HoldReason = await approval.HoldReasonAsync(valid, CancellationToken.None) };
        }
        var now = time.GetUtcNow();
        await orders.UpdateAsync(input.OrderId, record => validation.Order is { } priced
            ? record.Enter(OrderStatus.Validated, now) with { Priced = priced, CustomerId = priced.CustomerId, Currency = priced.Currency, Paid = priced.Paid }
            : record.Enter(OrderStatus.Rejected, now, string.Join("; ", validation.Reasons)) with { RejectionReasons = validation.Reasons },
            CancellationToken.None);
        return validation;
    }
}
