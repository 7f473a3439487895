using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Orders.Pricing;

public class ShopPricingTests
{
    static readonly Currency Eur = Currency.Parse("EUR");
    static readonly CatalogueLine Cup = new(Sku.Parse("CUP-1"), "Espresso cup", 0.19m, new Money(2059, Eur));

    [Fact]
    public void PriceLine_TaxInclusiveWithDiscounts_NetOfTaxAsTheShopCharged()
    {
        // 2 × 24.50 incl. VAT = 49.00, less 4.90 sale and 4.08 of an order code = 40.02 charged, of which the shop's
        // tax is 6.39 (40.02 − 40.02 / 1.19 = 6.3897): net 33.63. Discount net of tax: 8.98 / 1.19 = 7.5462 → 7.55;
        // before discount 33.63 + 7.55 = 41.18, so the unit price is 20.59.
        var line = ShopPricing.PriceLine(Cup, 2, new ShopLineCharge("49.00", "8.98", "6.39", "0.19"), pricesIncludeTax: true);

        Assert.Equal((2059L, 755L, 3363L, 639L, 0.19m), (line.UnitPriceMinor, line.DiscountMinor, line.NetMinor, line.TaxMinor, line.TaxRate));
    }

    [Fact]
    public void PriceLine_TaxExclusiveWithoutShopTax_TaxAtTheCatalogueRate()
    {
        var line = ShopPricing.PriceLine(Cup, 2, new ShopLineCharge("49.00", "4.90", null, null), pricesIncludeTax: false);

        // 44.10 × 0.19 = 8.379 → 8.38.
        Assert.Equal((2450L, 490L, 4410L, 838L), (line.UnitPriceMinor, line.DiscountMinor, line.NetMinor, line.TaxMinor));
    }

    [Theory]
    [InlineData("0.19", null, null)]
    [InlineData("0.07", null, "lines[0]: the shop taxed CUP-1 at 7 %, the catalogue at 19 %.")]
    [InlineData(null, "8.38", null)]
    [InlineData(null, "8.39", null)] // a cent off is rounding
    [InlineData(null, "3.09", "lines[0]: the shop's tax on CUP-1 is 3.09 EUR, not the catalogue's 19 % of its net.")]
    public void TaxHoldReason_ShopRateOrTaxAgainstTheCatalogue(string? rate, string? tax, string? expected)
    {
        var charged = new ShopLineCharge("44.10", null, tax ?? "8.38", rate);
        var line = ShopPricing.PriceLine(Cup, 1, charged, pricesIncludeTax: false);

        Assert.Equal(expected, ShopPricing.TaxHoldReason("lines[0]", Cup, charged, line));
    }

    [Fact]
    public void Shipping_TaxInclusiveWithShopTax_NetIsTheChargeLessItsTax() =>
        Assert.Equal(
            [new TaxedAmount(0.19m, 412, 78)],
            ShopPricing.Shipping(new ShopCharges(true, "49.00", "0.78", "0.19"), new Money(490, Eur), []));

    [Fact]
    public void Shipping_ShopSentNoTax_Untaxed() =>
        Assert.Equal([new TaxedAmount(0m, 490, 0)], ShopPricing.Shipping(new ShopCharges(false, "63.21", null, null), new Money(490, Eur), []));

    [Fact]
    public void Reconcile_OffByRoundingWithinACentPerLine_TaxOfTheMostTaxedLineMeetsTheTotal()
    {
        PricedLine[] lines = [new(Sku.Parse("A"), "A", 1, 1000, 0.19m, 1000, 190), new(Sku.Parse("B"), "B", 1, 3000, 0.19m, 3000, 570)];
        var reasons = new List<string>();

        var reconciled = ShopTotal.Reconcile(lines, [new TaxedAmount(0.19m, 490, 93)], new Money(5345, Eur), reasons);

        Assert.Empty(reasons);
        Assert.Equal([190L, 572L], reconciled!.Select(l => l.TaxMinor));
    }

    [Fact]
    public void Reconcile_OffByMoreThanACentPerLine_RefusedNamingTheTotal()
    {
        PricedLine[] lines = [new(Sku.Parse("A"), "A", 1, 1000, 0.19m, 1000, 190), new(Sku.Parse("B"), "B", 1, 3000, 0.19m, 3000, 570)];
        var reasons = new List<string>();

        var reconciled = ShopTotal.Reconcile(lines, [], new Money(4763, Eur), reasons);

        Assert.Null(reconciled);
        Assert.Equal("charged.total: the lines, shipping and tax come to 47.60 EUR, but the shop charged 47.63 EUR.", Assert.Single(reasons));
    }
}
