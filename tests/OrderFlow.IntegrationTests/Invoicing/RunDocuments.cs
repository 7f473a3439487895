using System.Diagnostics;
using OrderFlow.Core.Common;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// Every document the run generated (<see cref="GeneratedDocuments"/>), checked against the official rules in one
/// Saxon run when all other tests are done (collection <see cref="RunLast.Collection"/>). One document of each
/// <see cref="DocumentShape"/> is checked, and its failed asserts stand for every document of that shape.
/// </summary>
public sealed class RunDocuments : IAsyncLifetime
{
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>
    /// Documents in a currency with three minor digits (KWD, BHD): EN 16931 allows two decimals in every amount
    /// (BR-DEC-*, UBL-DT-01), so these cannot pass as the app writes them today; the tests list them apart.
    /// </summary>
    public IReadOnlySet<string> BeyondTwoDecimals { get; private set; } = new HashSet<string>();

    /// <summary>Failed asserts by document name; a document that passed everything has none.</summary>
    public ILookup<string, RuleFailure> Failures { get; private set; } = Array.Empty<RuleFailure>().ToLookup(f => f.Document);

    /// <summary>What was gathered and checked, for the test output.</summary>
    public string Summary { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!PeppolDocuments.Added)
        {
            // Run on their own (a filter), these tests generate the documents of every kind the issue names themselves.
            var documents = new PeppolDocuments();
            await documents.InitializeAsync();
            await documents.DisposeAsync();
        }
        var (all, ledgers) = await GeneratedDocuments.AllAsync();
        var shapes = all.GroupBy(d => DocumentShape.Of(d.Value)).Select(s => s.Select(d => d.Key).Order(StringComparer.Ordinal).ToList()).ToList();
        var clock = Stopwatch.StartNew();
        var checkedFailures = await PeppolRules.CheckAsync(shapes.ToDictionary(s => s[0], s => all[s[0]]));
        Names = [.. all.Keys.Order(StringComparer.Ordinal)];
        BeyondTwoDecimals = all.Where(d => Currency.Parse(d.Value.Root!.Element(UblDocumentTests.Cbc + "DocumentCurrencyCode")!.Value).Exponent > 2).Select(d => d.Key).ToHashSet();
        Failures = shapes
            .SelectMany(names => checkedFailures.Where(f => f.Document == names[0]).SelectMany(f => names.Select(name => f with { Document = name })))
            .ToLookup(f => f.Document);
        Summary = $"{all.Count} documents from {ledgers} ledgers and the tests, {shapes.Count} shapes checked in one Saxon run of {clock.Elapsed.TotalSeconds:0.0} s";
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(RunLast.Collection)]
public sealed class RunLastDocuments : ICollectionFixture<RunDocuments>;
