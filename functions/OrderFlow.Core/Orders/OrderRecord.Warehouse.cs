using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Picks, parcels and deliveries. The rules read what has happened (reserved, picked, parcels) rather than the latest
/// status, because an order invoiced on confirmation is Invoiced while the warehouse still works on it.
/// </summary>
public sealed partial record OrderRecord
{
    /// <summary>What is picked and shipped so far per SKU; only for a priced order.</summary>
    [JsonIgnore]
    public FulfilmentProgress Progress => FulfilmentProgress.Of(this);

    [JsonIgnore]
    public bool AllDelivered => Shipments.Count > 0 && Shipments.All(s => s.Status == ShipmentStatus.Delivered);

    /// <summary>Whether the warehouse may send a pick now (Manual mode, something left to pick): null when it may.</summary>
    public Refusal? WhyNotPick() => InWarehouse && Manual && Progress.LeftToPick.Values.Any(q => q > 0) ? null : WrongStage("fulfilment events").Refusal;

    /// <summary>Whether the warehouse may send a parcel now (Manual mode, something picked and not shipped): null when it may.</summary>
    public Refusal? WhyNotShip(string? trackingNumber)
    {
        if (!InWarehouse || !Manual || !Progress.LeftToShip.Values.Any(q => q > 0))
        {
            return WrongStage("shipment events").Refusal;
        }
        return Shipments.Any(s => s.TrackingNumber == trackingNumber) ? new Refusal("This parcel is already recorded.", "trackingNumber") : null;
    }

    /// <summary>Whether the carrier may report a delivery (of the parcel named, or of all): null when it may.</summary>
    public Refusal? WhyNotDeliver(string? trackingNumber)
    {
        if (Status.IsFinal() || !Manual || !HasReached(OrderStatus.Shipped) || HasReached(OrderStatus.Delivered))
        {
            return WrongStage("delivery events").Refusal;
        }
        return trackingNumber is null || Shipments.Any(s => s.TrackingNumber == trackingNumber)
            ? null
            : new Refusal("No parcel of this order has that tracking number.", "trackingNumber");
    }

    /// <summary>The warehouse (<paramref name="by"/>) picked units, once per reference: Fulfilled once everything is picked.</summary>
    public OrderChange Pick(string reference, IReadOnlyList<LineQuantity> lines, DateTimeOffset at, Actor? by = null) => Once("pick:" + reference, r =>
    {
        if (!r.InWarehouse || Exceeds(lines, r.Progress.LeftToPick))
        {
            return r.WrongStage("picks of these units");
        }
        var picked = r with { Picked = LineQuantities.Sum([.. r.Picked, .. lines]) };
        var detail = "picked " + LineQuantities.Describe(lines);
        return OrderChange.To(picked.Progress.AllPicked ? picked.Enter(OrderStatus.Fulfilled, at, detail, by) : picked.Note(Milestone.PartiallyFulfilled, at, detail, by));
    });

    /// <summary>A parcel went to the carrier (recorded by <paramref name="by"/>), once per tracking number: Shipped with the last one.</summary>
    public OrderChange ShipParcel(string carrier, string trackingNumber, IReadOnlyList<LineQuantity> lines, DateTimeOffset at, Actor? by = null) => Once("parcel:" + trackingNumber, r =>
    {
        if (!r.InWarehouse || Exceeds(lines, r.Progress.LeftToShip))
        {
            return r.WrongStage("parcels of these units");
        }
        var shipped = r with { Shipments = [.. r.Shipments, new Shipment(carrier, trackingNumber, ShipmentStatus.InTransit, lines)] };
        var detail = $"{carrier} {trackingNumber}: {LineQuantities.Describe(lines)}";
        return OrderChange.To(shipped.Progress.AllShipped ? shipped.Enter(OrderStatus.Shipped, at, detail, by) : shipped.Note(Milestone.PartiallyShipped, at, detail, by));
    });

    /// <summary>
    /// The carrier delivered one parcel, or all of them when <paramref name="trackingNumber"/> is null, as
    /// <paramref name="by"/> reports; a delivery problem open on a parcel delivered is resolved. With the last one the
    /// order is Delivered, and Completed when it is paid.
    /// </summary>
    public OrderChange Deliver(string? trackingNumber, DateTimeOffset at, Actor? by = null)
    {
        if (Status.IsFinal() || !HasReached(OrderStatus.Shipped))
        {
            return HasReached(OrderStatus.Delivered) ? OrderChange.Unchanged(this) : WrongStage("deliveries");
        }
        var delivered = this with
        {
            Shipments = [.. Shipments.Select(s => trackingNumber is null || s.TrackingNumber == trackingNumber ? s with { Status = ShipmentStatus.Delivered, Problem = null } : s)],
        };
        if (delivered.Shipments.SequenceEqual(Shipments))
        {
            return OrderChange.Unchanged(this);
        }
        delivered = delivered.ResolvedByDelivery(this, at, by);
        if (!delivered.AllDelivered)
        {
            return OrderChange.To(delivered.Note(Milestone.PartiallyDelivered, at, trackingNumber, by));
        }
        var arrived = delivered.Enter(OrderStatus.Delivered, at, by: by);
        return OrderChange.To(Paid ? arrived.Enter(OrderStatus.Completed, at, by: by) : arrived);
    }

    bool Manual => Mode == FulfilmentMode.Manual;

    /// <summary>Stock reserved and not everything shipped: picks and parcels are welcome.</summary>
    bool InWarehouse => !Status.IsFinal() && Priced is not null && HasReached(OrderStatus.Reserved) && !HasReached(OrderStatus.Shipped);

    static bool Exceeds(IReadOnlyList<LineQuantity> lines, IReadOnlyDictionary<Sku, int> left) =>
        lines.Count == 0 || LineQuantities.Sum(lines).Any(l => l.Quantity <= 0 || l.Quantity > left.GetValueOrDefault(l.Sku));
}
