using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Orders.Intake;

/// <summary>A company VAT number on an order's customer details, as shops send it.</summary>
public class CustomerVatIdChecksTests
{
    static CanonicalOrder WithVatId(string? vatId) => new(
        "PO-1", null, new CustomerDetails("Café Einstein GmbH", "einkauf@einstein.example", vatId), "EUR", [new CanonicalLine("CUP-1", 2, null)],
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "4.90", false);

    [Theory]
    [InlineData(null)]
    [InlineData("DE987654321")]
    public void Check_NoneOrACountryPrefixedVatId_Accepted(string? vatId) =>
        Assert.True(CanonicalOrderChecks.Check(WithVatId(vatId)).IsEmpty);

    [Fact]
    public void Check_VatIdWithoutCountry_RefusedNamingIt() =>
        Assert.Equal(["customer.vatId"], CanonicalOrderChecks.Check(WithVatId("987654321")).ToDictionary().Keys);
}
