using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Delivery problems: a carrier (or operations for it) reports that a parcel in transit cannot be delivered as it is
/// (a failed attempt, damage, loss, an address problem). The order is flagged until the parcel is delivered or
/// operations resolve it with a note; each step is on the timeline with who took it.
/// </summary>
public sealed partial record OrderRecord
{
    public const string NoDeliveryProblem = "No delivery problem is open on this order.";

    /// <summary>The parcels with a delivery problem open.</summary>
    [JsonIgnore]
    public IReadOnlyList<Shipment> ParcelsWithProblems => [.. Shipments.Where(s => s.Problem is not null)];

    /// <summary>The open delivery problems in words, each with its parcel ("DHL 123: Parcel damaged; UPS 456: Lost").</summary>
    [JsonIgnore]
    public string DeliveryProblems => string.Join("; ", ParcelsWithProblems.Select(p => $"{p.Label}: {p.Problem!.TrimEnd('.')}"));

    /// <summary>
    /// Whether a delivery problem may be reported for the parcel (any, when <paramref name="trackingNumber"/> is null):
    /// only for one of this order's parcels that was shipped and is not delivered. Null when it may.
    /// </summary>
    public Refusal? WhyNotReportDeliveryProblem(string? trackingNumber = null)
    {
        if (Status.IsFinal() || !Shipments.Any(s => s.Status == ShipmentStatus.InTransit))
        {
            return WrongStage("delivery problems").Refusal;
        }
        return Shipments.FirstOrDefault(s => s.TrackingNumber == trackingNumber) switch
        {
            _ when trackingNumber is null => null,
            null => new Refusal($"No parcel of this order has the tracking number {trackingNumber}.", "trackingNumber"),
            { Status: ShipmentStatus.Delivered } parcel => new Refusal($"Parcel {parcel.Label} is delivered already."),
            _ => null,
        };
    }

    /// <summary>
    /// <paramref name="by"/> reports <paramref name="problem"/> with a parcel in transit: kept on the parcel, noted on
    /// the timeline, and the order flagged. The same report again is unchanged; a new one for the parcel replaces it.
    /// </summary>
    public OrderChange ReportDeliveryProblem(string trackingNumber, string problem, DateTimeOffset at, Actor? by)
    {
        if (WhyNotReportDeliveryProblem(trackingNumber) is { } refusal)
        {
            return new OrderChange(this, refusal);
        }
        var parcel = Shipments.First(s => s.TrackingNumber == trackingNumber);
        if (parcel.Problem == problem)
        {
            return OrderChange.Unchanged(this);
        }
        var reported = this with { Shipments = [.. Shipments.Select(s => s == parcel ? s with { Problem = problem } : s)] };
        return OrderChange.To(reported.Note(Milestone.DeliveryProblem, at, $"{parcel.Label}: {problem}", by).FlagDeliveryProblems());
    }

    /// <summary>Whether operations may resolve a delivery problem: only while one is open. Null when they may.</summary>
    public Refusal? WhyNotResolveDeliveryProblem() => ParcelsWithProblems.Count > 0 ? null : new Refusal(NoDeliveryProblem);

    /// <summary>
    /// <paramref name="by"/> dealt with every open delivery problem (a redelivery booked, a replacement sent), as
    /// <paramref name="note"/> says: noted on the timeline and the flag cleared. The same note again, once resolved, is
    /// unchanged (a form sent twice); otherwise refused when no problem is open.
    /// </summary>
    public OrderChange ResolveDeliveryProblem(string note, DateTimeOffset at, Actor? by)
    {
        if (WhyNotResolveDeliveryProblem() is { } refusal)
        {
            return Latest(Milestone.DeliveryProblemResolved)?.Detail == note ? OrderChange.Unchanged(this) : new OrderChange(this, refusal);
        }
        var resolved = this with { Shipments = [.. Shipments.Select(s => s with { Problem = null })] };
        return OrderChange.To(resolved.Note(Milestone.DeliveryProblemResolved, at, note, by).FlagDeliveryProblems());
    }

    /// <summary>After a delivery: each parcel delivered with a problem open is noted as resolved by it.</summary>
    OrderRecord ResolvedByDelivery(OrderRecord before, DateTimeOffset at, Actor? by)
    {
        var cleared = before.ParcelsWithProblems.Where(p => Shipments.Any(s => s.TrackingNumber == p.TrackingNumber && s.Status == ShipmentStatus.Delivered));
        var noted = cleared.Aggregate(this, (order, parcel) => order.Note(Milestone.DeliveryProblemResolved, at, $"{parcel.Label} delivered.", by));
        return noted.FlagDeliveryProblems();
    }

    /// <summary>
    /// The flag as the parcels' open problems make it: set while any is open, cleared when none is. A failed step or a
    /// refund keeps its own flag, as its way out comes first; the delivery problems show again once it is cleared.
    /// </summary>
    OrderRecord FlagDeliveryProblems()
    {
        if (FlaggedFor is AttentionKind.FailedStep or AttentionKind.RefundDue)
        {
            return this;
        }
        return ParcelsWithProblems.Count == 0
            ? Flagged(null, null)
            : Flagged(AttentionKind.DeliveryProblem, $"Delivery problem: {DeliveryProblems}.");
    }
}
