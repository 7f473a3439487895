using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Tells operations an order failed. It reads no order row: the orders table may be what failed, and staff must
/// hear of the order (which may still hold stock) either way.
/// </summary>
public sealed class FailureAlertActivity(OrderAlerts alerts) : TaskActivity<OrderFailure, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, OrderFailure failure)
    {
        await alerts.FailedAsync(failure.OrderId.Value, failure.Detail);
        return true;
    }
}
