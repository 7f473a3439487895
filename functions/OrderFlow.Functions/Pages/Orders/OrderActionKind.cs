using OrderFlow.Core.Orders;
using OrderFlow.Functions.Orders;

namespace OrderFlow.Functions.Pages.Orders;

/// <summary>
/// A staff action as the order page offers it: its path segment under /orders/{id}/, the API function whose access
/// rule decides who may take it, the button's words and the notice after it.
/// </summary>
public sealed record OrderActionKind(StaffAction Action, string Slug, string ApiFunction, string Title, string Notice)
{
    public static IReadOnlyList<OrderActionKind> All { get; } =
    [
        new(StaffAction.Approve, "approve", "ApproveOrder", "Approve", "Approved."),
        new(StaffAction.Reject, "reject", "RejectOrder", "Reject", "Rejected."),
        new(StaffAction.Pick, "pick", "RecordFulfilment", "Record a pick", "Pick recorded."),
        new(StaffAction.Ship, "parcel", "RecordShipment", "Record a parcel", "Parcel recorded."),
        new(StaffAction.Deliver, "delivery", "RecordDelivery", "Record a delivery", "Delivery recorded."),
        new(StaffAction.Pay, "payment", "RecordPayment", "Record a payment", "Payment recorded."),
        new(StaffAction.Retry, "retry", "RetryOrderStep", "Retry the flagged step", "Retry requested."),
        new(StaffAction.Cancel, "cancel", "CancelOrder", "Cancel the order", "Cancellation requested."),
        new(StaffAction.Refund, "refund", "RecordRefund", "Record the refund", "Refund recorded."),
        new(StaffAction.ReportDeliveryProblem, "delivery-problem", OrderEventFunctions.ReportDeliveryProblemFunction, "Report a delivery problem", "Delivery problem reported."),
        new(StaffAction.ResolveDeliveryProblem, "delivery-problem-resolve", OrderEventFunctions.ResolveDeliveryProblemFunction, "Resolve the delivery problem", "Delivery problem resolved."),
    ];

    /// <summary>The notice sentence for each action's code, as the order page shows it after the action.</summary>
    public static IReadOnlyDictionary<string, string> Notices { get; } = All.ToDictionary(k => k.Slug, k => k.Notice, StringComparer.Ordinal);

    public static OrderActionKind? Find(string? slug) => All.FirstOrDefault(k => k.Slug == slug);

    /// <summary>The name of one of this action's form fields; prefixed, since every form sits on one page.</summary>
    public string Field(string name) => $"{Slug}.{name}";
}
