using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// Every generated invoice and credit note against the official EN 16931 and Peppol BIS Billing 3.0 rules: business
/// customers' documents pass with no fatal assert; a consumer's fail only the missing buyer address (they cannot be
/// reached over Peppol). Warnings are printed, not failed.
/// </summary>
[Collection(PeppolDocuments.Collection)]
public class PeppolRulesTests(PeppolDocuments documents, ITestOutputHelper output)
{
    /// <summary>PEPPOL-EN16931-R010: the buyer's electronic address, which a consumer does not have.</summary>
    static readonly string[] AllowedForConsumers = ["PEPPOL-EN16931-R010"];

    public static TheoryData<string> BusinessDocuments => new()
    {
        "de-seller.de-b2b-unpaid-multi-rate", "de-seller.de-b2b-paid-single-rate", "de-seller.de-b2b-credit-note",
        "de-seller.at-b2b-unpaid-discount-multi-rate", "de-seller.de-b2b-own-terms-discount", "de-seller.at-b2b-credit-note",
        "at-seller.de-b2b-unpaid-multi-rate", "at-seller.de-b2b-paid-single-rate", "at-seller.de-b2b-credit-note",
        "at-seller.at-b2b-unpaid-discount-multi-rate", "at-seller.de-b2b-own-terms-discount", "at-seller.at-b2b-credit-note",
    };

    public static TheoryData<string> ConsumerDocuments => new()
    {
        "de-seller.consumer-unpaid", "de-seller.consumer-credit-note", "at-seller.consumer-unpaid", "at-seller.consumer-credit-note",
    };

    public static TheoryData<string, string> Defects()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, (_, rule)) in PlantedDefects.Cases)
        {
            data.Add("planted." + name, rule);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BusinessDocuments))]
    public void BusinessDocument_BothRuleSets_NoFatalAssert(string document)
    {
        var failures = FailuresOf(document);

        Assert.DoesNotContain(failures, f => f.Fatal);
    }

    [Theory]
    [MemberData(nameof(ConsumerDocuments))]
    public void ConsumerDocument_BothRuleSets_OnlyTheMissingBuyerAddressIsFatal(string document)
    {
        var failures = FailuresOf(document);

        Assert.Equal(AllowedForConsumers, failures.Where(f => f.Fatal).Select(f => f.Rule).Distinct());
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void PlantedDefect_ValidInvoiceWithoutIt_TheRuleFails(string document, string rule)
    {
        var failures = FailuresOf(document);

        Assert.Contains(failures, f => f.Fatal && f.Rule == rule);
    }

    [Fact]
    public void Generated_EveryDocumentOfTheTheories_WasChecked()
    {
        var expected = documents.Generated.Keys.SelectMany(name => new[] { "de-seller." + name, "at-seller." + name }).Order();

        Assert.Equal(expected, ((IEnumerable<object[]>)BusinessDocuments).Concat(ConsumerDocuments).Select(row => (string)row[0]).Order());
    }

    List<RuleFailure> FailuresOf(string document)
    {
        var failures = documents.Failures.Where(f => f.Document == document).ToList();
        foreach (var failure in failures)
        {
            output.WriteLine(failure.ToString());
        }
        return failures;
    }
}
