using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>Ending an order unfinished: cancelled until the first parcel leaves, or failed.</summary>
public sealed partial record OrderRecord
{
    /// <summary>Whether a cancel request may be sent now: until the first parcel leaves. Null when it may.</summary>
    public Refusal? WhyNotCancel() => Status.IsFinal() || Shipments.Count > 0 ? WrongStage("cancel events").Refusal : null;

    /// <summary>Whether the order's stock may go back (it is being cancelled or has failed): not once a parcel has left.</summary>
    public Refusal? WhyNotReleaseStock() => Shipments.Count > 0 ? new Refusal("A parcel has left: its stock is gone.") : null;

    /// <summary>Cancelled by <paramref name="by"/> (its compensation done): payments it took are owed back.</summary>
    public OrderChange Cancel(string? reason, DateTimeOffset at, Actor? by = null)
    {
        if (Status == OrderStatus.Cancelled)
        {
            return OrderChange.Unchanged(this);
        }
        return WhyNotCancel() is { } refusal ? new OrderChange(this, refusal) : OrderChange.To(Enter(OrderStatus.Cancelled, at, reason, by).OweRefunds(at));
    }

    /// <summary>A cancel that reached the workflow with or after the first parcel: noted, the order goes on.</summary>
    public OrderChange RefuseLateCancel(string? detail, DateTimeOffset at, Actor? by = null) =>
        Shipments.Count > 0 ? OrderChange.To(Mark(Milestone.CancelTooLate, at, detail, by)) : OrderChange.Refused(this, "Nothing has shipped: the cancel is not too late.");

    /// <summary>
    /// A step failed for good: Failed, with payments it took owed back. An order that has ended already stays as it
    /// ended; failing it would undo nothing.
    /// </summary>
    public OrderChange Fail(string detail, DateTimeOffset at) =>
        Status.IsFinal() ? OrderChange.Unchanged(this) : OrderChange.To(Enter(OrderStatus.Failed, at, detail).OweRefunds(at));
}
