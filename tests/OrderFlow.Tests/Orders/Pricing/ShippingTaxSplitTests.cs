using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Pricing;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Orders.Pricing;

public class ShippingTaxSplitTests
{
    static readonly Currency Eur = Currency.Parse("EUR");

    static PricedLine Line(string sku, decimal rate, long net) => new(Sku.Parse(sku), sku, 1, net, rate, net, new Money(net, Eur).ApplyRate(rate).Minor);

    [Fact]
    public void Split_SingleRate_AllShippingAtThatRate()
    {
        // 4.90 shipping on goods at 19 %: tax 4.90 × 0.19 = 0.931, rounded 0.93.
        var parts = ShippingTaxSplit.Split([Line("CUP", 0.19m, 4900)], 490, Eur);

        Assert.Equal([new TaxedAmount(0.19m, 490, 93)], parts);
    }

    [Fact]
    public void Split_MixedRates_InProportionToNetPerRateAndAddingUpExactly()
    {
        // Goods 25.00 at 19 % and 36.00 at 7 % (net 61.00). 4.90 × 25/61 = 2.0082, 4.90 × 36/61 = 2.8918: 2.00 and 2.89
        // leave one cent, which goes to the larger remainder (0.82 of a cent at 19 %): 2.01 at 19 % (tax 0.3819 → 0.38)
        // and 2.89 at 7 % (tax 0.2023 → 0.20).
        var parts = ShippingTaxSplit.Split([Line("CUP", 0.19m, 1250), Line("BOOK", 0.07m, 3600), Line("CUP2", 0.19m, 1250)], 490, Eur);

        Assert.Equal([new TaxedAmount(0.19m, 201, 38), new TaxedAmount(0.07m, 289, 20)], parts);
    }

    [Fact]
    public void Split_NoShipping_NoParts() =>
        Assert.Empty(ShippingTaxSplit.Split([Line("CUP", 0.19m, 4900)], 0, Eur));

    [Fact]
    public void Split_OnlyFreeGoods_HighestRateSoNeverTaxedTooLittle() =>
        Assert.Equal([new TaxedAmount(0.19m, 490, 93)], ShippingTaxSplit.Split([Line("GIFT", 0.07m, 0), Line("CUP", 0.19m, 0)], 490, Eur));

    [Fact]
    public void Shipping_UntaxedSetting_OnePartAtZero() =>
        Assert.Equal([new TaxedAmount(0m, 490, 0)], CataloguePricing.Shipping([Line("CUP", 0.19m, 4900)], new Money(490, Eur), ShippingTaxMode.Untaxed));
}
