using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders.Events;

/// <summary>Which event an order accepts in which stage; anything else is a 409 naming the current stage.</summary>
public static class OrderEventRules
{
    static readonly OrderStatus[] BeforeShipping =
        [OrderStatus.Received, OrderStatus.Validated, OrderStatus.OnHold, OrderStatus.Reserved, OrderStatus.Backordered, OrderStatus.Fulfilled];

    static readonly OrderStatus[] Finished = [OrderStatus.Completed, OrderStatus.Rejected, OrderStatus.Cancelled, OrderStatus.Failed];

    public static bool Allows(string eventName, OrderRecord order) => eventName switch
    {
        OrderEvents.Fulfilment => order.Mode == FulfilmentMode.Manual && order.Status == OrderStatus.Reserved,
        OrderEvents.Shipment => order.Mode == FulfilmentMode.Manual && order.Status == OrderStatus.Fulfilled,
        OrderEvents.Delivery => order.Mode == FulfilmentMode.Manual && order.Status is OrderStatus.Shipped or OrderStatus.Invoiced,
        OrderEvents.Payment => !order.Paid && !Finished.Contains(order.Status),
        OrderEvents.Cancel => BeforeShipping.Contains(order.Status),
        OrderEvents.Approval => order.Status == OrderStatus.OnHold,
        _ => false,
    };
}
