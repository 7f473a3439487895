using Microsoft.Extensions.Logging;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The line an order's end writes: once, by the change that moved it into a final stage (a retried change finds the
/// stage recorded and writes nothing). Failures and refusals carry the reason the timeline shows.
/// </summary>
static partial class OrderEndLog
{
    public static void Write(ILogger logger, OrderStatus before, OrderRecord after)
    {
        if (before == after.Status || !after.Status.IsFinal())
        {
            return;
        }
        if (after.Status == OrderStatus.Completed)
        {
            LogCompleted(logger, after.OrderId.Value);
            return;
        }
        LogEndedUnfinished(logger, after.OrderId.Value, after.Status, after.Timeline[^1].Detail ?? "no reason recorded");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} completed")]
    static partial void LogCompleted(ILogger logger, string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} {Status}: {Reason}")]
    static partial void LogEndedUnfinished(ILogger logger, string orderId, OrderStatus status, string reason);
}
