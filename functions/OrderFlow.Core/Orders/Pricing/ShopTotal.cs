using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>
/// The shop's total is what the customer paid, so the invoice's gross must equal it to the cent. Lines that miss it
/// by rounding (up to one minor unit per line) are brought to it on the tax of the line that carries the most tax,
/// where the rounding arose; lines that miss it by more do not add up and the order is refused.
/// </summary>
public static class ShopTotal
{
    /// <summary>The lines, adjusted to the total; or null with the reason when they do not add up to it.</summary>
    public static IReadOnlyList<PricedLine>? Reconcile(IReadOnlyList<PricedLine> lines, IReadOnlyList<TaxedAmount> shipping, Money total, List<string> reasons)
    {
        var computed = lines.Sum(l => l.NetMinor + l.TaxMinor) + shipping.Sum(s => s.NetMinor + s.TaxMinor);
        var difference = total.Minor - computed;
        if (Math.Abs(difference) > lines.Count)
        {
            reasons.Add($"charged.total: the lines, shipping and tax come to {new Money(computed, total.Currency)}, but the shop charged {total}.");
            return null;
        }
        if (difference == 0)
        {
            return lines;
        }
        var adjusted = lines.ToList();
        var taxed = adjusted.IndexOf(adjusted.MaxBy(l => l.TaxMinor)!);
        var line = adjusted[taxed];
        adjusted[taxed] = line.TaxMinor > 0 ? line with { TaxMinor = line.TaxMinor + difference } : line with { NetMinor = line.NetMinor + difference };
        return adjusted;
    }
}
