using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>
/// Shipping taxed like the goods it ships: the net charge is split over the goods' rates in proportion to their net
/// value, the cents left by rounding down going to the largest remainders so the parts add up exactly.
/// </summary>
public static class ShippingTaxSplit
{
    public static IReadOnlyList<TaxedAmount> Split(IReadOnlyList<PricedLine> lines, long shippingMinor, Currency currency)
    {
        if (shippingMinor == 0)
        {
            return [];
        }
        if (lines.Count == 0)
        {
            return [new TaxedAmount(0m, shippingMinor, 0)];
        }
        var perRate = lines.GroupBy(l => l.TaxRate).Select(g => (Rate: g.Key, Net: g.Sum(l => l.NetMinor))).OrderByDescending(r => r.Rate).ToList();
        var goodsNet = perRate.Sum(r => r.Net);
        if (goodsNet <= 0)
        {
            // Nothing to weigh by (all goods free): the highest rate, so the charge is never taxed too little.
            return [Taxed(perRate[0].Rate, shippingMinor, currency)];
        }
        var shares = perRate.Select(r => (r.Rate, Exact: (decimal)shippingMinor * r.Net / goodsNet)).ToList();
        var floors = shares.Select(s => (long)decimal.Floor(s.Exact)).ToArray();
        var left = shippingMinor - floors.Sum();
        foreach (var index in Enumerable.Range(0, shares.Count).OrderByDescending(i => shares[i].Exact - floors[i]).Take((int)left))
        {
            floors[index]++;
        }
        return [.. shares.Select((s, i) => Taxed(s.Rate, floors[i], currency)).Where(part => part.NetMinor != 0)];
    }

    static TaxedAmount Taxed(decimal rate, long netMinor, Currency currency) =>
        new(rate, netMinor, new Money(netMinor, currency).ApplyRate(rate).Minor);
}
