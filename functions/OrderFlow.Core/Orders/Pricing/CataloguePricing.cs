using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>
/// Lines of orders OrderFlow prices itself (direct entry, the queue, the generic webhook): the catalogue price unless a
/// person overrides it with a reason; tax at the product's rate.
/// </summary>
public static class CataloguePricing
{
    /// <summary>The priced line, or null with the reason added when another price comes without a reason.</summary>
    public static PricedLine? PriceLine(CatalogueLine product, CanonicalLine line, List<string> reasons, string field)
    {
        var unit = product.ListPrice;
        if (line.UnitPrice is not null)
        {
            Money.TryParse(line.UnitPrice, product.ListPrice.Currency, out unit);
        }
        var overridden = unit != product.ListPrice;
        if (overridden && line.PriceOverrideReason is null)
        {
            reasons.Add($"{field}.priceOverrideReason: {unit.ToDecimalString()} is not the catalogue price ({product.ListPrice}); a reason is required to charge another.");
            return null;
        }
        var net = unit * line.Quantity!.Value;
        return new PricedLine(product.Sku, product.Name, line.Quantity.Value, unit.Minor, product.TaxRate, net.Minor, net.ApplyRate(product.TaxRate).Minor)
        {
            ListPriceMinor = product.ListPrice.Minor,
            PriceOverrideReason = overridden ? line.PriceOverrideReason!.Trim() : null,
        };
    }

    /// <summary>The net shipping charge taxed as <paramref name="mode"/> says.</summary>
    public static IReadOnlyList<TaxedAmount> Shipping(IReadOnlyList<PricedLine> lines, Money shipping, ShippingTaxMode mode) =>
        mode == ShippingTaxMode.Untaxed
            ? shipping.Minor == 0 ? [] : [new TaxedAmount(0m, shipping.Minor, 0)]
            : ShippingTaxSplit.Split(lines, shipping.Minor, shipping.Currency);
}
