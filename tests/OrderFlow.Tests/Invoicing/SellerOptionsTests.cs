using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
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

    /// <summary>What azd deploys when a setting is not given: every default of the Bicep parameters is a valid seller setting.</summary>
    [Fact]
    public void Defaults_OfTheDeploymentParameters_ValidSellerSettings()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra", "main.parameters.json")))!;
        var options = Valid();
        var defaults = parameters["parameters"]!["seller"]!["value"]!.AsObject()
            .Select(p => (Property: typeof(SellerOptions).GetProperty(p.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!,
                Default: Regex.Match((string)p.Value!, @"^\$\{[A-Z_]+=(.*)\}$")))
            .Where(d => d.Default.Success)
            .ToList();
        foreach (var (property, value) in defaults)
        {
            property.SetValue(options, Convert.ChangeType(value.Groups[1].Value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        Assert.Contains(defaults, d => d.Property.Name == nameof(SellerOptions.EndpointScheme));
        Assert.Equal(("9930", "Accounts receivable", 14), (options.EndpointScheme, options.ContactName, options.PaymentTermsDays));
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void Schemes_ComparedWithTheVendoredPeppolRules_SameCodes()
    {
        var rules = File.ReadAllText(RepositoryFiles.PathOf("tests", "standards", "peppol-bis-3", "sch", "PEPPOL-EN16931-UBL.sch"));
        var list = Regex.Match(rules, "<let name=\"eaid\" value=\"tokenize\\('([^']*)'").Groups[1].Value;

        Assert.Equal(list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), ElectronicAddress.Schemes.Order());
    }
}
