using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>
/// What staff do to an order: each is one event of <see cref="OrderEvents"/> into its running workflow (approve and
/// reject share one), but a refund, which comes after the workflow has ended and the order records itself.
/// </summary>
public enum StaffAction { Approve, Reject, Cancel, Pick, Ship, Deliver, Pay, Retry, Refund }

public static class StaffActions
{
    /// <summary>The workflow event that carries the action; a refund has none.</summary>
    public static string EventName(this StaffAction action) => action switch
    {
        StaffAction.Approve or StaffAction.Reject => OrderEvents.Approval,
        StaffAction.Cancel => OrderEvents.Cancel,
        StaffAction.Pick => OrderEvents.Fulfilment,
        StaffAction.Ship => OrderEvents.Shipment,
        StaffAction.Deliver => OrderEvents.Delivery,
        StaffAction.Pay => OrderEvents.Payment,
        StaffAction.Retry => OrderEvents.Retry,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a workflow event."),
    };
}
