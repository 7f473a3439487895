using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using OrderFlow.Core.Invoicing;
using OrderFlow.Tests.Infra;

namespace OrderFlow.Tests.Invoicing;

public class SellerOptionsTests
{
    static SellerOptions Valid() => new()
    {
        Name = "OrderFlow Demo GmbH", VatId = "DE123456789", EndpointId = "DE123456789", EndpointScheme = "9930", Street = "Friedrichstraße 68",
        City = "Berlin", PostalCode = "10117", Country = "DE", Email = "billing@orderflow.local", ContactName = "Accounts receivable",
        Phone = "+49 30 1234567", Iban = "DE89370400440532013000", Bic = "COBADEFFXXX",
    };

    static List<string> Problems(SellerOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.SelectMany(r => r.MemberNames)];
    }

    [Fact]
    public void Validate_DemoSeller_NoProblemAndFourteenDaysNet()
    {
        var options = Valid();

        Assert.Empty(Problems(options));
        Assert.Equal(new PaymentTerms(14), options.DefaultTerms);
    }

    [Fact]
    public void Validate_EmailSchemeBadIbanNoPhone_NamesEachSetting()
    {
        var options = Valid();
        options.EndpointScheme = "EM";
        options.Iban = "DE89370400440532013001";
        options.Phone = "";
        options.PaymentTermsDays = 400;

        Assert.Equal(["EndpointScheme", "Iban", "PaymentTermsDays", "Phone"], Problems(options).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schemes_ComparedWithTheVendoredPeppolRules_SameCodes()
    {
        var rules = File.ReadAllText(RepositoryFiles.PathOf("tests", "standards", "peppol-bis-3", "sch", "PEPPOL-EN16931-UBL.sch"));
        var list = Regex.Match(rules, "<let name=\"eaid\" value=\"tokenize\\('([^']*)'").Groups[1].Value;

        Assert.Equal(list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), ElectronicAddress.Schemes.Order());
    }
}
