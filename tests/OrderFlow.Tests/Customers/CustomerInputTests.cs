using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Customers;

/// <summary>A customer's name and address end up on invoices and parcels, so each must fit a document.</summary>
public class CustomerInputTests
{
    static (Customer? Customer, string[] Fields) Validate(string name, PostalAddress? address)
    {
        var errors = new FieldErrors();
        var customer = new CustomerInput(name, "ada@example.test", null, address).Validate("c-1", errors);
        return (customer, [.. errors.ToDictionary().Keys.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Validate_PrintableNameAndAddress_TheCustomer()
    {
        var (customer, fields) = Validate("Ada Buyer", new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"));

        Assert.Empty(fields);
        Assert.Equal("Ada Buyer", customer?.Name);
    }

    [Fact]
    public void Validate_ControlCharacterInTheNameOrOverlongCity_EachFieldNamedAndNoCustomer()
    {
        var (customer, fields) = Validate("Ada\u001bBuyer", new PostalAddress("Hauptstraße 1", null, new string('y', 101), null, null, "DE"));

        Assert.Null(customer);
        Assert.Equal(["name", "shippingAddress.city"], fields);
    }
}
