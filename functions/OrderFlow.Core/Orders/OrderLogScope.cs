using Microsoft.Extensions.Logging;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Puts the order on every log line written inside the scope, by any logger (Application Insights dimensions in Azure,
/// JSON properties on DevHost's console). The order's orchestration runs under the order ID as its instance ID
/// (docs/architecture.md §2), so both are known wherever the order ID is.
/// </summary>
public static class OrderLogScope
{
    public const string OrderIdKey = "OrderId";
    public const string InstanceIdKey = "InstanceId";
    public const string StepKey = "OrderStep";

    public static IDisposable? Begin(ILogger logger, string orderId, string step) =>
        logger.BeginScope(new Dictionary<string, object>
        {
            [OrderIdKey] = orderId,
            [InstanceIdKey] = orderId,
            [StepKey] = step,
        });
}
