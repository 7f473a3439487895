using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Fulfilment;

/// <summary>
/// How much of each SKU of an order has been picked and shipped. Immutable and free of I/O, so the order workflow
/// can keep it in memory and replay it deterministically. Events that ask for more than is left are trimmed to what
/// is left: two warehouse messages racing for the same units cannot pick or ship one unit twice.
/// </summary>
public sealed record FulfilmentProgress(
    IReadOnlyDictionary<Sku, int> Ordered, IReadOnlyDictionary<Sku, int> Picked, IReadOnlyDictionary<Sku, int> Shipped)
{
    public static FulfilmentProgress Start(PricedOrder order)
    {
        var ordered = order.Lines.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return new FulfilmentProgress(ordered, Zero(ordered), Zero(ordered));
    }

    /// <summary>The progress an order record shows: what its picks and parcels so far add up to.</summary>
    public static FulfilmentProgress Of(OrderRecord record)
    {
        var start = Start(record.Priced!);
        return start with
        {
            Picked = Add(start.Picked, record.Picked),
            Shipped = Add(start.Shipped, [.. record.Shipments.SelectMany(s => s.Lines ?? [])]),
        };
    }

    public IReadOnlyDictionary<Sku, int> LeftToPick => Ordered.ToDictionary(o => o.Key, o => o.Value - Picked[o.Key]);

    public IReadOnlyDictionary<Sku, int> LeftToShip => Ordered.ToDictionary(o => o.Key, o => Picked[o.Key] - Shipped[o.Key]);

    public bool AllPicked => Ordered.All(o => Picked[o.Key] == o.Value);

    public bool AllShipped => Ordered.All(o => Shipped[o.Key] == o.Value);

    public bool AnyShipped => Shipped.Values.Any(q => q > 0);

    /// <summary>Picks the given units (all that are left when <paramref name="lines"/> is null), trimmed to what is left.</summary>
    public (FulfilmentProgress Progress, IReadOnlyList<LineQuantity> Applied) Pick(IReadOnlyList<LineQuantity>? lines)
    {
        var applied = Trim(lines, sku => Ordered[sku] - Picked[sku]);
        return (this with { Picked = Add(Picked, applied) }, applied);
    }

    /// <summary>Ships the given units (all picked and not yet shipped when <paramref name="lines"/> is null), trimmed likewise.</summary>
    public (FulfilmentProgress Progress, IReadOnlyList<LineQuantity> Applied) Ship(IReadOnlyList<LineQuantity>? lines)
    {
        var applied = Trim(lines, sku => Picked[sku] - Shipped[sku]);
        return (this with { Shipped = Add(Shipped, applied) }, applied);
    }

    /// <summary>The SKUs whose every ordered unit is picked: their stock can leave the warehouse.</summary>
    public IReadOnlyList<Sku> CompletelyPicked => [.. Ordered.Where(o => Picked[o.Key] == o.Value).Select(o => o.Key)];

    List<LineQuantity> Trim(IReadOnlyList<LineQuantity>? lines, Func<Sku, int> left)
    {
        var wanted = lines ?? [.. Ordered.Keys.Select(sku => new LineQuantity(sku, int.MaxValue))];
        var applied = new List<LineQuantity>();
        foreach (var group in wanted.Where(l => Ordered.ContainsKey(l.Sku)).GroupBy(l => l.Sku))
        {
            var quantity = (int)Math.Min(group.Sum(l => (long)Math.Max(l.Quantity, 0)), left(group.Key));
            if (quantity > 0)
            {
                applied.Add(new LineQuantity(group.Key, quantity));
            }
        }
        return applied;
    }

    static Dictionary<Sku, int> Zero(Dictionary<Sku, int> ordered) => ordered.ToDictionary(o => o.Key, _ => 0);

    static Dictionary<Sku, int> Add(IReadOnlyDictionary<Sku, int> counts, IReadOnlyList<LineQuantity> lines)
    {
        var sum = counts.ToDictionary(c => c.Key, c => c.Value);
        foreach (var line in lines.Where(l => sum.ContainsKey(l.Sku)))
        {
            sum[line.Sku] += line.Quantity;
        }
        return sum;
    }
}
