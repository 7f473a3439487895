using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>
/// What a timeline entry records: a stage the order entered (the <see cref="OrderStatus"/> names first, in the same
/// order) or a milestone that is no stage of its own. Stored and shown by name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Milestone>))]
public enum Milestone
{
    Received, Validated, OnHold, Reserved, Backordered, Fulfilled, Shipped, Invoiced, Delivered, Completed,
    Rejected, Cancelled, Failed,
    Approved, Paid, Credited, CancelTooLate, RefundDue, NeedsAttention, Retried,
    PartiallyFulfilled, PartiallyShipped, PartiallyDelivered, PartiallyPaid,

    [JsonStringEnumMemberName("SlaBreached:Fulfilment")]
    FulfilmentOverdue,

    [JsonStringEnumMemberName("SlaBreached:Shipment")]
    ShipmentOverdue,

    [JsonStringEnumMemberName("SlaBreached:Delivery")]
    DeliveryOverdue,

    Refunded, DeliveryProblem, DeliveryProblemResolved,
}

/// <summary>
/// One entry of an order's timeline: what happened, when, in words, and who did it. No actor means OrderFlow itself
/// (the workflow, a timer): it is not stored, which keeps the document small, and timelines stored before actors were
/// kept read back the same way.
/// </summary>
public sealed record TimelineEntry(
    Milestone Stage, DateTimeOffset At, string? Detail, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Actor? By = null);

public static class Milestones
{
    /// <summary>The timeline entry of entering <paramref name="stage"/>.</summary>
    public static Milestone Of(OrderStatus stage) => (Milestone)(int)stage;
}
