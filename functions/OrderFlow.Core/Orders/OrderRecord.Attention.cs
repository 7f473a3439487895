using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>Flags for staff: a step that keeps failing after goods left, and stages waiting past their limit.</summary>
public sealed partial record OrderRecord
{
    /// <summary>How often the order has been flagged; a retry request names the count it answers.</summary>
    [JsonIgnore]
    public int TimesFlagged => Timeline.Count(t => t.Stage == Milestone.NeedsAttention);

    /// <summary>
    /// A step failed after goods left: flagged until staff ask for a retry. Already flagged for a failed step or a refund:
    /// unchanged. A delivery problem gives way, as the workflow waits for the retry; it is flagged again after it.
    /// </summary>
    public OrderChange Flag(string step, string error, DateTimeOffset at)
    {
        var detail = $"{step} failed: {error}";
        return FlaggedFor is AttentionKind.FailedStep or AttentionKind.RefundDue
            ? OrderChange.Unchanged(this)
            : OrderChange.To(Note(Milestone.NeedsAttention, at, detail).Flagged(AttentionKind.FailedStep, detail));
    }

    /// <summary>Staff (<paramref name="by"/>) asked for the failed step to run again: the flag is cleared. Not flagged for a failed step: unchanged.</summary>
    public OrderChange ClearFlag(string step, DateTimeOffset at, Actor? by = null) =>
        FlaggedFor != AttentionKind.FailedStep
            ? OrderChange.Unchanged(this)
            : OrderChange.To(Note(Milestone.Retried, at, step, by).Flagged(null, null).FlagDeliveryProblems());

    /// <summary>Whether staff may ask for a retry: only while a failed step flags the order. Null when they may.</summary>
    public Refusal? WhyNotRetry() => !Status.IsFinal() && FlaggedFor == AttentionKind.FailedStep ? null : WrongStage("retry events").Refusal;

    /// <summary>The order flagged for <paramref name="kind"/> with <paramref name="text"/>, or unflagged (both null).</summary>
    OrderRecord Flagged(AttentionKind? kind, string? text) => this with { FlaggedFor = kind, Attention = text };

    /// <summary>The order has waited longer than the limit for <paramref name="waitingFor"/> (a warehouse event): noted once.</summary>
    public OrderChange Overdue(string waitingFor, string detail, DateTimeOffset at) => waitingFor switch
    {
        "Fulfilment" => OrderChange.To(Mark(Milestone.FulfilmentOverdue, at, detail)),
        "Shipment" => OrderChange.To(Mark(Milestone.ShipmentOverdue, at, detail)),
        "Delivery" => OrderChange.To(Mark(Milestone.DeliveryOverdue, at, detail)),
        _ => OrderChange.Refused(this, $"No stage limit is kept for {waitingFor}."),
    };
}
