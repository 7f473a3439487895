namespace OrderFlow.Core.Orders;

/// <summary>The stages of docs/architecture.md §2, in the order an order normally passes them.</summary>
public enum OrderStatus
{
    Received, Validated, OnHold, Reserved, Backordered, Fulfilled, Shipped, Invoiced, Delivered, Completed,
    Rejected, Cancelled, Failed,
}

public static class OrderStatusExtensions
{
    /// <summary>The stages an order ends in: it accepts no event and leaves none of them.</summary>
    public static bool IsFinal(this OrderStatus status) =>
        status is OrderStatus.Completed or OrderStatus.Rejected or OrderStatus.Cancelled or OrderStatus.Failed;
}
