using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>What issuing an invoice costs in storage operations, and that a repeated issue still answers the first.</summary>
public class InvoiceIssueStorageTests(CountedStorage storage) : IClassFixture<CountedStorage>
{
    static readonly CancellationToken None = CancellationToken.None;
    static readonly DateTimeOffset Issued = new(2031, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IssueAsync_NewOrderInAStartedSeries_ReadsTheCounterAndWritesOneTransaction()
    {
        var ledger = storage.Get<InvoiceLedger>();
        await ledger.IssueAsync(LedgerDrafts.Draft("o-first", Issued), OrderId.Parse("o-first"), Issued, None);

        var calls = await storage.CountAsync(() => ledger.IssueAsync(LedgerDrafts.Draft("o-next", Issued), OrderId.Parse("o-next"), Issued, None));
        var again = await ledger.IssueAsync(LedgerDrafts.Draft("o-next", Issued), OrderId.Parse("o-next"), Issued.AddHours(1), None);

        // The draft comes billed from the priced order: issuing reads neither the customer nor the order.
        Assert.Equal(["GET Invoices", "POST $batch"], calls.Order(StringComparer.Ordinal));
        Assert.Equal("INV-2031-000002", again.Number.Value);
        Assert.Equal("INV-2031-000002", (await ledger.FindByOrderAsync(OrderId.Parse("o-next"), None))!.Number.Value);
    }
}
