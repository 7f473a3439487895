using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders.Events;

/// <summary>
/// Which event an order accepts when; anything else is a 409 naming the current stage. The rules read what has
/// happened (reserved, picked, parcels) rather than the latest status, because an order invoiced on confirmation is
/// Invoiced while the warehouse still works on it. Cancelling stops with the first parcel that leaves.
/// </summary>
public static class OrderEventRules
{
    public static bool Allows(string eventName, OrderRecord order) => !order.Status.IsFinal() && eventName switch
    {
        OrderEvents.Fulfilment => InWarehouse(order) && FulfilmentProgress.Of(order).LeftToPick.Values.Any(q => q > 0),
        OrderEvents.Shipment => InWarehouse(order) && FulfilmentProgress.Of(order).LeftToShip.Values.Any(q => q > 0),
        OrderEvents.Delivery => order.Mode == FulfilmentMode.Manual && order.HasReached(OrderStatus.Shipped) && !order.HasReached(OrderStatus.Delivered),
        // A payment is checked against the priced total, which validation sets.
        OrderEvents.Payment => !order.Paid && order.Priced is not null,
        OrderEvents.Cancel => order.Shipments.Count == 0,
        OrderEvents.Approval => order.Status == OrderStatus.OnHold,
        OrderEvents.Retry => order.Attention is not null,
        _ => false,
    };

    /// <summary>Manual mode, stock reserved and not everything shipped: the warehouse's picks and parcels are welcome.</summary>
    static bool InWarehouse(OrderRecord order) =>
        order.Mode == FulfilmentMode.Manual && order.Priced is not null && order.HasReached(OrderStatus.Reserved) && !order.HasReached(OrderStatus.Shipped);
}
