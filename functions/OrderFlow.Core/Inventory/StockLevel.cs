using OrderFlow.Core.Products;

namespace OrderFlow.Core.Inventory;

public sealed record StockLevel(Sku Sku, string Warehouse, int OnHand, int Reserved, int ReorderPoint)
{
    public int Available => OnHand - Reserved;
}

public sealed record Allocation(string Warehouse, int Quantity);

public enum ReservationState { Reserved, Released, Fulfilled }

/// <summary>What a reservation attempt gave: the allocations, or how many were short.</summary>
public sealed record ReservationResult(Sku Sku, int Requested, ReservationState? State, IReadOnlyList<Allocation> Allocations, int Missing, bool BelowReorderPoint)
{
    public bool IsReserved => State is ReservationState.Reserved or ReservationState.Fulfilled;
}
