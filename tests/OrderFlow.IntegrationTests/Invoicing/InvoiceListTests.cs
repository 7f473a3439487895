using System.Collections.Concurrent;
using System.Text.Json;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>GET /invoices over 2,500 seeded invoices in two yearly partitions: paging, filters, stability.</summary>
[Collection(SeededHistory.Collection)]
public class InvoiceListTests(SeededHistory app)
{
    const string WholeRange = "from=2025-11-01&to=2026-02-01";

    [Fact]
    public async Task List_2500InvoicesOverThreeMonths_PagesConcatenateToExactlyTheSetInIssueOrder()
    {
        var items = await app.AllPagesAsync(WholeRange + "&pageSize=100");

        var expected = app.Documents.Values.OrderBy(d => d.IssuedAt).ThenBy(d => d.Number.Value, StringComparer.Ordinal).Select(d => d.Number.Value);
        Assert.Equal(expected, items.Select(Number));
        Assert.True(items.Count(i => i.GetProperty("type").GetString() == "Invoice") >= SeededHistory.InvoiceCount);
        Assert.Contains(items, i => i.GetProperty("type").GetString() == "CreditNote" && i.GetProperty("credits").GetProperty("number").GetString()!.StartsWith("INV-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_InvoicesIssuedWhilePaging_EveryEarlierDocumentOnceAndNoDuplicates()
    {
        var ledger = await app.LedgerAsync();
        var before = app.Documents.Keys.Select(n => n.Value).ToHashSet();
        var issuedMeanwhile = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        // All through paging, invoices are issued at random times of the range, behind and ahead of the cursor...
        var background = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var at = SeededHistory.Start.AddMinutes(Random.Shared.Next(0, (int)(SeededHistory.End - SeededHistory.Start).TotalMinutes));
                issuedMeanwhile.Add((await app.IssueAsync(ledger, $"bg-{n}", at, 1)).Number.Value);
            }
        });
        var round = 0;
        // ...and between pages at its start, its middle and its end.
        var items = await app.AllPagesAsync(WholeRange + "&pageSize=250", async () =>
        {
            round++;
            foreach (var at in new[] { SeededHistory.Start.AddSeconds(round), new DateTimeOffset(2025, 12, 15, 12, 0, round, TimeSpan.Zero), SeededHistory.End.AddSeconds(-round) })
            {
                issuedMeanwhile.Add((await app.IssueAsync(ledger, $"late-{round}-{at.Ticks}", at, 0)).Number.Value);
            }
        });
        await stop.CancelAsync();
        await background;

        var listed = items.Select(Number).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Empty(before.Except(listed));
        Assert.Empty(listed.Except(before).Except(issuedMeanwhile));
        Assert.Contains(listed, n => issuedMeanwhile.Contains(n));
    }

    public static TheoryData<string> Filters => new()
    {
        "status=Unpaid&customerId=c-zoe&from=2025-12-01&to=2026-01-01",
        "status=Paid&customerId=c-ada",
        "status=Credited",
        "status=PartiallyPaid&from=2026-01-15T06:30:00Z",
        "status=Issued&customerId=c-bjorn&from=2025-11-10&to=2026-01-10",
        "customerId=c-mei&to=2025-11-20",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_StatusCustomerAndDateFilters_CombineToTheMatchingDocuments(string query)
    {
        var items = await app.AllPagesAsync(query + "&pageSize=1000");

        var expected = app.Documents.Values.Where(Matches(query)).OrderBy(d => d.IssuedAt).ThenBy(d => d.Number.Value, StringComparer.Ordinal).Select(d => d.Number.Value);
        Assert.NotEmpty(items);
        Assert.Equal(expected, items.Select(Number));
    }

    static string Number(JsonElement item) => item.GetProperty("number").GetString()!;

    /// <summary>The filters' meaning, written out plainly for the test: what the list must return.</summary>
    static Func<Invoice, bool> Matches(string query)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        return d =>
            (!parts.TryGetValue("customerId", out var customer) || d.CustomerId == customer)
            && (!parts.TryGetValue("from", out var from) || d.IssuedAt >= DateTimeOffset.Parse(from, null, System.Globalization.DateTimeStyles.AssumeUniversal))
            && (!parts.TryGetValue("to", out var to) || d.IssuedAt < DateTimeOffset.Parse(to, null, System.Globalization.DateTimeStyles.AssumeUniversal))
            && (!parts.TryGetValue("status", out var status) || status switch
            {
                "Unpaid" => d.Type == DocumentType.Invoice && d.Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid,
                _ => d.Status.ToString() == status,
            });
    }
}
