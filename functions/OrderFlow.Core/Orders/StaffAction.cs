using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>
/// What staff do to an order: each is one event of <see cref="OrderEvents"/> into its running workflow (approve and
/// reject share one), but those the order records itself (<see cref="StaffActions.AppliesToOrder"/>): a refund, which
/// comes after the workflow has ended, and a delivery problem reported or resolved, which the workflow does not wait for.
/// </summary>
public enum StaffAction { Approve, Reject, Cancel, Pick, Ship, Deliver, Pay, Retry, Refund, ReportDeliveryProblem, ResolveDeliveryProblem }

public static class StaffActions
{
    /// <summary>Whether the order records the action itself rather than its workflow.</summary>
    public static bool AppliesToOrder(this StaffAction action) =>
        action is StaffAction.Refund or StaffAction.ReportDeliveryProblem or StaffAction.ResolveDeliveryProblem;

    /// <summary>The workflow event that carries the action; those the order records itself have none.</summary>
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
