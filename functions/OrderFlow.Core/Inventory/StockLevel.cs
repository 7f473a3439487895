using OrderFlow.Core.Common;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Inventory;

/// <summary>Stock of a SKU in one warehouse, and who set its on-hand count last, when and why (none before anyone did).</summary>
public sealed record StockLevel(Sku Sku, string Warehouse, int OnHand, int Reserved, int ReorderPoint)
{
    public int Available => OnHand - Reserved;

    public Actor? AdjustedBy { get; init; }

    public DateTimeOffset? AdjustedAt { get; init; }

    /// <summary>Why the last adjustment was made (a person must say; a key may not).</summary>
    public string? AdjustmentReason { get; init; }

    public bool BelowReorderPoint => Available < ReorderPoint;

    /// <summary>On hand and reorder point set by <paramref name="by"/>; refused (null) below what open orders have reserved.</summary>
    public StockLevel? Adjust(int onHand, int reorderPoint, Actor by, DateTimeOffset at, string? reason) =>
        onHand < Reserved ? null : this with { OnHand = onHand, ReorderPoint = reorderPoint, AdjustedBy = by, AdjustedAt = at, AdjustmentReason = reason };
}

/// <summary>Orders waiting for a SKU and the units they wait for (marks made before units were recorded count none).</summary>
public sealed record BackorderedDemand(Sku Sku, int Orders, int Units);

public sealed record Allocation(string Warehouse, int Quantity);

public enum ReservationState { Reserved, Released, Fulfilled }

/// <summary>What a reservation attempt gave: the allocations, or how many were short.</summary>
public sealed record ReservationResult(Sku Sku, int Requested, ReservationState? State, IReadOnlyList<Allocation> Allocations, int Missing, bool BelowReorderPoint)
{
    public bool IsReserved => State is ReservationState.Reserved or ReservationState.Fulfilled;
}
