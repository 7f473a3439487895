namespace OrderFlow.Core.Orders;

/// <summary>The stages of docs/architecture.md §2, in the order an order normally passes them.</summary>
public enum OrderStatus
{
    Received, Validated, OnHold, Reserved, Backordered, Fulfilled, Shipped, Invoiced, Delivered, Completed,
    Rejected, Cancelled, Failed,
}
