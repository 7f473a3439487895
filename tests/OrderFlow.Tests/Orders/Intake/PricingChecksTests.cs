using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Orders.Intake;

/// <summary>The intake checks of prices: optional unit prices, override reasons, and charged amounts only from shops.</summary>
public class PricingChecksTests
{
    static readonly CanonicalOrder Direct = new(
        "PO-1", "c-1", null, "EUR", [new CanonicalLine("CUP-1", 2, null)], new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "4.90", false);

    static readonly ShopCharges Charged = new(false, "63.21", null, null);

    [Fact]
    public void CheckDirect_LineWithoutUnitPrice_Accepted() =>
        Assert.True(CanonicalOrderChecks.CheckDirect(Direct).IsEmpty);

    [Fact]
    public void CheckDirect_ChargedAmounts_RefusedNamingCharged() =>
        Assert.Equal(["charged"], CanonicalOrderChecks.CheckDirect(Direct with
        {
            Charged = Charged,
            Lines = [new CanonicalLine("CUP-1", 2, "24.50", Charged: new("49.00", null, null, null))],
        }).ToDictionary().Keys);

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public void CheckDirect_BlankOverrideReason_RefusedNamingIt(string reason) =>
        Assert.Equal(["lines[0].priceOverrideReason"], CanonicalOrderChecks.CheckDirect(Direct with { Lines = [new CanonicalLine("CUP-1", 2, "20.00", reason)] }).ToDictionary().Keys);

    [Fact]
    public void Check_DiscountAboveTheSubtotal_RefusedNamingIt() =>
        Assert.Equal(["lines[0].charged.discount"], CanonicalOrderChecks.Check(Direct with
        {
            Charged = Charged,
            Lines = [new CanonicalLine("CUP-1", 1, "24.50", Charged: new("24.50", "24.51", null, null))],
        }).ToDictionary().Keys);

    [Fact]
    public void Check_ShopOrderWithUnreadableAmounts_EachFieldNamed()
    {
        var order = Direct with
        {
            Charged = Charged with { Total = null, ShippingTax = "x", ShippingTaxRate = "1.5" },
            Lines = [new CanonicalLine("CUP-1", 2, "24.50", Charged: new(null, "-1.00", "9.999", "19")), new CanonicalLine("CUP-1", 1, "24.50")],
        };

        Assert.Equal(
            ["charged.total", "charged.shippingTax", "charged.shippingTaxRate", "lines[0].charged.subtotal", "lines[0].charged.discount",
             "lines[0].charged.tax", "lines[0].charged.taxRate", "lines[1].charged"],
            CanonicalOrderChecks.Check(order).ToDictionary().Keys);
    }
}
