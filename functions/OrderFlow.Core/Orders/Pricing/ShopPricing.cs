using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>
/// Lines of shop orders, priced as the shop charged them: its subtotal, discounts and tax are kept, and tax-inclusive
/// amounts are turned into net ones. The catalogue only decides the SKU and is the reference that holds an order
/// whose shop rate or price strays from it.
/// </summary>
public static class ShopPricing
{
    public static PricedLine PriceLine(CatalogueLine product, int quantity, ShopLineCharge charged, bool pricesIncludeTax)
    {
        var currency = product.ListPrice.Currency;
        var subtotal = Amount(charged.Subtotal, currency);
        var discount = Amount(charged.Discount, currency);
        var rate = Rate(charged.TaxRate) ?? product.TaxRate;
        var amount = subtotal - discount;
        var tax = charged.Tax is null ? TaxOf(amount, rate, pricesIncludeTax) : Amount(charged.Tax, currency);
        var net = pricesIncludeTax ? amount - tax : amount;
        var netDiscount = pricesIncludeTax ? NetOf(discount, rate) : discount;
        var unit = (long)Math.Round((decimal)(net + netDiscount).Minor / quantity, MidpointRounding.AwayFromZero);
        return new PricedLine(product.Sku, product.Name, quantity, unit, rate, net.Minor, tax.Minor)
        {
            ListPriceMinor = product.ListPrice.Minor,
            DiscountMinor = netDiscount.Minor,
        };
    }

    /// <summary>Why a shop's tax on the line is not the catalogue's: another rate, or (without one) a tax that rate does not give.</summary>
    public static string? TaxHoldReason(string field, CatalogueLine product, ShopLineCharge charged, PricedLine line)
    {
        if (Rate(charged.TaxRate) is { } shopRate)
        {
            return shopRate == product.TaxRate ? null
                : $"{field}: the shop taxed {product.Sku} at {Percent(shopRate)}, the catalogue at {Percent(product.TaxRate)}.";
        }
        var expected = new Money(line.NetMinor, product.ListPrice.Currency).ApplyRate(product.TaxRate).Minor;
        return Math.Abs(expected - line.TaxMinor) <= 1 ? null
            : $"{field}: the shop's tax on {product.Sku} is {new Money(line.TaxMinor, product.ListPrice.Currency)}, not the catalogue's {Percent(product.TaxRate)} of its net.";
    }

    /// <summary>
    /// Shipping with the shop's tax on it, none when it sent none. Without a rate from the shop, taxed shipping takes
    /// the rate of the goods with the most net value, which is how it follows the goods where the shop did not say.
    /// </summary>
    public static IReadOnlyList<TaxedAmount> Shipping(ShopCharges charged, Money shipping, IReadOnlyList<PricedLine> lines)
    {
        var rate = Rate(charged.ShippingTaxRate);
        var tax = charged.ShippingTax is { } text ? Amount(text, shipping.Currency)
            : rate is { } given ? TaxOf(shipping, given, charged.PricesIncludeTax) : Money.Zero(shipping.Currency);
        var net = charged.PricesIncludeTax ? shipping - tax : shipping;
        if (net.Minor == 0 && tax.Minor == 0)
        {
            return [];
        }
        var goodsRate = lines.GroupBy(l => l.TaxRate).MaxBy(g => g.Sum(l => l.NetMinor))?.Key ?? 0m;
        return [new TaxedAmount(rate ?? (tax.Minor == 0 ? 0m : goodsRate), net.Minor, tax.Minor)];
    }

    static Money TaxOf(Money amount, decimal rate, bool included) => included ? amount - NetOf(amount, rate) : amount.ApplyRate(rate);

    static Money NetOf(Money gross, decimal rate) =>
        new((long)Math.Round(gross.Minor / (1 + rate), MidpointRounding.AwayFromZero), gross.Currency);

    // Amounts and rates passed the intake checks; a missing optional amount is zero.
    static Money Amount(string? text, Currency currency) => Money.TryParse(text ?? "0", currency, out var money) ? money : Money.Zero(currency);

    static decimal? Rate(string? text) => ShopChargeChecks.TryParseRate(text, out var rate) ? rate : null;

    static string Percent(decimal rate) => (rate * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %";
}
