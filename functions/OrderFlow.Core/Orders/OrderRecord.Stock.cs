using System.Text.Json.Serialization;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>Reservation: all of the order's stock held, or Backordered while any SKU is short.</summary>
public sealed partial record OrderRecord
{
    /// <summary>The order's SKUs, each once; none before it is priced.</summary>
    [JsonIgnore]
    public IReadOnlyList<Sku> Skus => [.. Priced?.Lines.Select(l => l.Sku).Distinct() ?? []];

    /// <summary>
    /// Takes a reservation attempt: Reserved when every SKU was reserved, else Backordered naming what is short.
    /// Allowed once validated (and approved when held), and again while backordered.
    /// </summary>
    public OrderChange Reserve(IReadOnlyList<ReservationResult> results, DateTimeOffset at)
    {
        if (HasReached(OrderStatus.Reserved))
        {
            return OrderChange.Unchanged(this);
        }
        if (Status.IsFinal() || !HasReached(OrderStatus.Validated) || (Status == OrderStatus.OnHold && !HasMilestone(Milestone.Approved)))
        {
            return WrongStage("reservations");
        }
        if (results.All(r => r.IsReserved))
        {
            return OrderChange.To(Enter(OrderStatus.Reserved, at) with { Reservations = results });
        }
        var missing = string.Join(", ", results.Where(r => !r.IsReserved).Select(r => $"{r.Sku} short by {r.Missing}"));
        return OrderChange.To(Enter(OrderStatus.Backordered, at, missing));
    }
}
