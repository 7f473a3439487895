using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Orders.Pricing;

public class CataloguePricingTests
{
    static readonly CatalogueLine Cup = new(Sku.Parse("CUP-1"), "Espresso cup", 0.19m, new Money(2450, Currency.Parse("EUR")));

    [Fact]
    public void PriceLine_NoUnitPrice_TakesTheCataloguePrice()
    {
        var reasons = new List<string>();

        var line = CataloguePricing.PriceLine(Cup, new CanonicalLine("CUP-1", 2, null), reasons, "lines[0]");

        Assert.Empty(reasons);
        Assert.Equal((2450L, 4900L, 931L, (long?)2450, (string?)null), (line!.UnitPriceMinor, line.NetMinor, line.TaxMinor, line.ListPriceMinor, line.PriceOverrideReason));
    }

    [Fact]
    public void PriceLine_OtherPriceWithoutReason_RefusedNamingTheField()
    {
        var reasons = new List<string>();

        var line = CataloguePricing.PriceLine(Cup, new CanonicalLine("CUP-1", 2, "20.00"), reasons, "lines[0]");

        Assert.Null(line);
        Assert.StartsWith("lines[0].priceOverrideReason: 20.00 is not the catalogue price (24.50 EUR)", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void PriceLine_OtherPriceWithReason_ChargedAndReasonKept()
    {
        var reasons = new List<string>();

        var line = CataloguePricing.PriceLine(Cup, new CanonicalLine("CUP-1", 2, "20.00", " Trade fair price "), reasons, "lines[0]");

        Assert.Empty(reasons);
        Assert.Equal((2000L, 4000L, 760L, "Trade fair price"), (line!.UnitPriceMinor, line.NetMinor, line.TaxMinor, line.PriceOverrideReason));
    }

    [Theory]
    [InlineData("20.00", null, false)] // unset: never holds
    [InlineData("22.05", "10", false)] // exactly 10 % off
    [InlineData("22.04", "10", true)]
    [InlineData("26.96", "10", true)]
    [InlineData("24.50", "0", false)]
    public void HoldReason_DeviationAgainstTheSetting(string price, string? holdAbove, bool held)
    {
        Money.TryParse(price, Cup.ListPrice.Currency, out var unit);
        decimal? allowed = holdAbove is null ? null : decimal.Parse(holdAbove, System.Globalization.CultureInfo.InvariantCulture);

        var reason = PriceDeviation.HoldReason("lines[0]", Cup, unit, allowed);

        Assert.Equal(held, reason is not null);
    }

    [Fact]
    public void HoldReason_Held_SaysHowFarAndWhatIsAllowed() =>
        Assert.Equal(
            "lines[0]: CUP-1 at 19.60 EUR is 20 % from the catalogue price 24.50 EUR, beyond the 10 % allowed without approval.",
            PriceDeviation.HoldReason("lines[0]", Cup, new Money(1960, Cup.ListPrice.Currency), 10m));
}
