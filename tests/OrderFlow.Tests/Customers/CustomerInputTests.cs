using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Customers;

/// <summary>A customer's fields end up on invoices, parcels and e-invoices, so each must fit a document.</summary>
public class CustomerInputTests
{
    static CustomerInput Business(string? vatId, ElectronicAddressInput? address, PaymentTermsInput? terms = null) =>
        new("Café Einstein GmbH", "einkauf@einstein.example", null, null, vatId, address, terms);

    [Fact]
    public void Validate_BusinessCustomer_KeepsVatIdAddressAndTerms()
    {
        var customer = Business("DE987654321", new ElectronicAddressInput("9930", "DE987654321"), new PaymentTermsInput(30, FromMonthEnd: true))
            .Validate("c-1", new FieldErrors());

        Assert.Equal(("DE987654321", new ElectronicAddress("9930", "DE987654321"), new PaymentTerms(30, true)),
            (customer!.VatId, customer.ElectronicAddress, customer.PaymentTerms));
    }

    [Fact]
    public void Validate_EmailSchemeBlankIdBadVatIdNoDays_NamesEveryField()
    {
        var errors = new FieldErrors();

        var customer = Business("123", new ElectronicAddressInput("EM", " "), new PaymentTermsInput(null)).Validate("c-1", errors);

        Assert.Null(customer);
        Assert.Equal(["electronicAddress.id", "electronicAddress.scheme", "paymentTerms.netDays", "vatId"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Validate_Consumer_NoVatIdAddressOrTerms()
    {
        var customer = Business(null, null).Validate("c-1", new FieldErrors());

        Assert.Equal((null, null, null), (customer!.VatId, customer.ElectronicAddress, customer.PaymentTerms));
    }

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

    [Theory]
    [InlineData(null, Language.En)]
    [InlineData("en", Language.En)]
    [InlineData("de", Language.De)]
    public void Validate_Language_KeptOrEnglish(string? language, Language expected)
    {
        var customer = (Business(null, null) with { Language = language }).Validate("c-1", new FieldErrors());

        Assert.Equal(expected, customer!.Language);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("de-DE")]
    [InlineData("fr")]
    [InlineData("")]
    public void Validate_LanguageWeDoNotWriteIn_NamesTheField(string language)
    {
        var errors = new FieldErrors();

        var customer = (Business(null, null) with { Language = language }).Validate("c-1", errors);

        Assert.Null(customer);
        Assert.Equal(["language"], errors.ToDictionary().Keys);
    }
}
