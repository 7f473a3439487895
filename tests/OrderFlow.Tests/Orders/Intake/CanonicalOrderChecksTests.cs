using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Orders.Intake;

/// <summary>The shape checks at the door: every wrong field named at once, so one 400 lists them all.</summary>
public class CanonicalOrderChecksTests
{
    static readonly PostalAddress Address = new("Hauptstraße 1", null, "Berlin", "10115", null, "DE");

    static readonly CanonicalOrder Valid = new(
        "PO-9000", null, new CustomerDetails("Ada Buyer", "ada@example.test"), "EUR", [new CanonicalLine("CUP-1", 1, "24.50")], Address, "4.90", true);

    static string[] Fields(CanonicalOrder? order) => [.. CanonicalOrderChecks.Check(order).ToDictionary().Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Check_ValidOrder_NoErrors() => Assert.Empty(Fields(Valid));

    [Fact]
    public void Check_NoOrder_TheBodyNamed() => Assert.Equal(["$"], Fields(null));

    [Fact]
    public void Check_EveryFieldWrong_EachFieldNamed()
    {
        var order = Valid with
        {
            Customer = new CustomerDetails("", "not-an-email"),
            Lines = [new CanonicalLine("CUP-1", -1, "24.50"), new CanonicalLine("CUP 1", 1, "24.505")],
            ShippingAddress = new PostalAddress("", null, "Berlin", "10115", null, "Germany"),
            ShippingCost = "-1.00",
        };

        Assert.Equal(
            ["customer.email", "customer.name", "lines[0].quantity", "lines[1].sku", "lines[1].unitPrice", "shippingAddress.country", "shippingAddress.line1", "shippingCost"],
            Fields(order));
    }

    [Fact]
    public void Check_ControlCharactersOrOverlongText_EachFieldNamed()
    {
        var order = Valid with
        {
            Customer = new CustomerDetails("Ada\u0001Buyer", "ada\u0007@example.test"),
            ShippingAddress = new PostalAddress(new string('x', 201), "Hof\nlinks", new string('y', 101), new string('1', 21), "Bayern\u0085", "DE"),
        };

        Assert.Equal(
            ["customer.email", "customer.name", "shippingAddress.city", "shippingAddress.line1", "shippingAddress.line2", "shippingAddress.postalCode", "shippingAddress.region"],
            Fields(order));
    }

    [Fact]
    public void Check_AmountsBeyondRange_EachFieldNamedWithTheLimit()
    {
        var order = Valid with { Lines = [new CanonicalLine("CUP-1", 1, "1000000000000000000000000000")], ShippingCost = "100000000.01" };

        var errors = CanonicalOrderChecks.Check(order).ToDictionary();

        Assert.Equal(["lines[0].unitPrice", "shippingCost"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("up to 100000000.00", errors["shippingCost"][0], StringComparison.Ordinal);
    }
}
