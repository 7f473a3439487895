using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>Which event from people and systems the order takes now; anything else is a 409 naming the current stage.</summary>
public sealed partial record OrderRecord
{
    /// <summary>Why the order does not take <paramref name="eventName"/> (<see cref="OrderEvents"/>) now, or null when it does.</summary>
    public Refusal? WhyNot(string eventName) => eventName switch
    {
        OrderEvents.Fulfilment => WhyNotPick(),
        OrderEvents.Shipment => WhyNotShip(null),
        OrderEvents.Delivery => WhyNotDeliver(null),
        OrderEvents.Payment => WhyNotPay(),
        OrderEvents.Cancel => WhyNotCancel(),
        OrderEvents.Approval => WhyNotDecide(),
        OrderEvents.Retry => WhyNotRetry(),
        _ => WrongStage(eventName.ToLowerInvariant() + " events").Refusal,
    };

    /// <summary>
    /// The staff actions the order takes in its stage now: those whose event <see cref="WhyNot"/> lets through, the same
    /// rule that answers the API's 409s, so a page offers exactly what the API would accept.
    /// </summary>
    public IReadOnlyList<StaffAction> StaffActionsNow() => [.. Enum.GetValues<StaffAction>().Where(a => WhyNot(a) is null)];

    /// <summary>Why the order does not take the staff action now, or null when it does.</summary>
    public Refusal? WhyNot(StaffAction action) => action switch
    {
        StaffAction.Refund => WhyNotRefund(),
        StaffAction.ReportDeliveryProblem => WhyNotReportDeliveryProblem(),
        StaffAction.ResolveDeliveryProblem => WhyNotResolveDeliveryProblem(),
        _ => WhyNot(action.EventName()),
    };
}
