using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Fulfilment;

/// <summary>Some units of one SKU of an order: picked by the warehouse, or in one parcel.</summary>
public sealed record LineQuantity(Sku Sku, int Quantity);

public static class LineQuantities
{
    /// <summary>One entry per SKU with the quantities added up.</summary>
    public static IReadOnlyList<LineQuantity> Sum(IEnumerable<LineQuantity> lines) =>
        [.. lines.GroupBy(l => l.Sku).Select(g => new LineQuantity(g.Key, g.Sum(l => l.Quantity)))];

    /// <summary>"CUP-1 ×2, MUG-3 ×1", for timelines and emails.</summary>
    public static string Describe(IEnumerable<LineQuantity> lines) => string.Join(", ", lines.Select(l => $"{l.Sku} ×{l.Quantity}"));
}
