using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;
using static OrderFlow.IntegrationTests.Invoicing.GeneratedDocuments;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// Every invoice and credit note the run generated, against the official EN 16931 and Peppol BIS Billing 3.0 rules,
/// once all other tests are done: business customers' documents pass with no fatal assert; a consumer's fail only
/// the missing buyer address (they cannot be reached over Peppol). Warnings are listed in the output, not failed.
/// The documents of every kind the issue names (<see cref="PeppolDocuments"/>) are checked by name as well.
/// </summary>
[Collection(RunLast.Collection)]
public class PeppolRulesTests(RunDocuments documents, ITestOutputHelper output)
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
            data.Add(name, rule);
        }
        return data;
    }

    [Fact]
    public void EveryBusinessDocumentOfTheRun_BothRuleSets_NoFatalAssert()
    {
        var business = OfKind(Business);

        Assert.NotEmpty(business);
        Assert.Empty(FatalIn(business));
    }

    [Fact]
    public void EveryConsumerDocumentOfTheRun_BothRuleSets_OnlyTheMissingBuyerAddressIsFatal()
    {
        var consumer = OfKind(Consumer);

        Assert.NotEmpty(consumer);
        Assert.Empty(FatalIn(consumer));
        Assert.All(consumer, name => Assert.Contains(documents.Failures[name], f => f.Fatal && AllowedForConsumers.Contains(f.Rule)));
    }

    [Theory]
    [MemberData(nameof(BusinessDocuments))]
    public void BusinessDocument_BothRuleSets_NoFatalAssert(string document)
    {
        Assert.Contains($"{Business}.{document}", documents.Names);
        Assert.Empty(FatalIn([$"{Business}.{document}"]));
    }

    [Theory]
    [MemberData(nameof(ConsumerDocuments))]
    public void ConsumerDocument_BothRuleSets_OnlyTheMissingBuyerAddressIsFatal(string document)
    {
        var name = $"{Consumer}.{document}";

        Assert.Contains(name, documents.Names);
        Assert.Empty(FatalIn([name]));
        Assert.Equal(AllowedForConsumers, documents.Failures[name].Where(f => f.Fatal).Select(f => f.Rule).Distinct());
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void PlantedDefect_ValidInvoiceWithoutIt_TheRuleFails(string document, string rule)
    {
        Assert.Contains(documents.Failures[$"{Planted}.{document}"], f => f.Fatal && f.Rule == rule);
    }

    [Fact]
    public void Generated_EveryDocumentOfTheTheories_WasChecked()
    {
        var named = documents.Names.Select(n => n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..]).Where(n => n.StartsWith("de-seller.", StringComparison.Ordinal) || n.StartsWith("at-seller.", StringComparison.Ordinal));

        Assert.Equal(((IEnumerable<object[]>)BusinessDocuments).Concat(ConsumerDocuments).Select(row => (string)row[0]).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    /// <summary>The run's documents of <paramref name="kind"/>, less those beyond two decimals, whose failures are listed instead.</summary>
    List<string> OfKind(string kind)
    {
        var names = documents.Names.Where(n => n.StartsWith(kind + ".", StringComparison.Ordinal)).ToList();
        output.WriteLine(documents.Summary);
        output.WriteLine($"{names.Count} {kind} documents.");
        foreach (var warning in names.SelectMany(n => documents.Failures[n]).Where(f => !f.Fatal).GroupBy(f => (f.Rule, f.Text)))
        {
            output.WriteLine($"warning {warning.Key.Rule} in {warning.Count()} documents, such as {warning.First().Document}: {warning.Key.Text}");
        }
        foreach (var name in names.Where(documents.BeyondTwoDecimals.Contains))
        {
            output.WriteLine($"{name} is in a currency with three minor digits, which EN 16931 cannot carry; it fails {string.Join(", ", documents.Failures[name].Where(f => f.Fatal).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal))}");
        }
        return [.. names.Where(n => !documents.BeyondTwoDecimals.Contains(n))];
    }

    /// <summary>The fatal asserts of <paramref name="names"/> that fail them (for a consumer, all but R010), each written to the output.</summary>
    List<RuleFailure> FatalIn(IEnumerable<string> names)
    {
        var fatal = names.SelectMany(n => documents.Failures[n])
            .Where(f => f.Fatal && !(f.Document.StartsWith(Consumer + ".", StringComparison.Ordinal) && AllowedForConsumers.Contains(f.Rule)))
            .ToList();
        foreach (var failure in fatal)
        {
            output.WriteLine(failure.ToString());
        }
        return fatal;
    }
}
