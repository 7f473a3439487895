using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>Flags for staff: a step that keeps failing after goods left, and stages waiting past their limit.</summary>
public sealed partial record OrderRecord
{
    /// <summary>How often the order has been flagged; a retry request names the count it answers.</summary>
    [JsonIgnore]
    public int TimesFlagged => Timeline.Count(t => t.Stage == Milestone.NeedsAttention);

    /// <summary>A step failed after goods left: flagged until staff ask for a retry. Already flagged: unchanged.</summary>
    public OrderChange Flag(string step, string error, DateTimeOffset at)
    {
        var detail = $"{step} failed: {error}";
        return Attention is not null ? OrderChange.Unchanged(this) : OrderChange.To(Note(Milestone.NeedsAttention, at, detail) with { Attention = detail });
    }

    /// <summary>Staff (<paramref name="by"/>) asked for the failed step to run again: the flag is cleared. Not flagged: unchanged.</summary>
    public OrderChange ClearFlag(string step, DateTimeOffset at, Actor? by = null) =>
        Attention is null ? OrderChange.Unchanged(this) : OrderChange.To(Note(Milestone.Retried, at, step, by) with { Attention = null });

    /// <summary>Whether staff may ask for a retry: only while the order is flagged. Null when they may.</summary>
    public Refusal? WhyNotRetry() => !Status.IsFinal() && Attention is not null ? null : WrongStage("retry events").Refusal;

    /// <summary>The order has waited longer than the limit for <paramref name="waitingFor"/> (a warehouse event): noted once.</summary>
    public OrderChange Overdue(string waitingFor, string detail, DateTimeOffset at) => waitingFor switch
    {
        "Fulfilment" => OrderChange.To(Mark(Milestone.FulfilmentOverdue, at, detail)),
        "Shipment" => OrderChange.To(Mark(Milestone.ShipmentOverdue, at, detail)),
        "Delivery" => OrderChange.To(Mark(Milestone.DeliveryOverdue, at, detail)),
        _ => OrderChange.Refused(this, $"No stage limit is kept for {waitingFor}."),
    };
}
