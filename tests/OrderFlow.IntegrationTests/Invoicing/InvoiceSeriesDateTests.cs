using OrderFlow.Core.Invoicing;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>In an invoice series, dates ascend with numbers, whatever time each issuer's clock says.</summary>
public class InvoiceSeriesDateTests
{
    [Fact]
    public async Task Issue_ByAClockBehindTheLastInvoice_DatedNoEarlierThanTheLastInvoice()
    {
        var ledger = await LedgerDrafts.NewLedgerAsync();
        var issued = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var first = await ledger.IssueAsync("o-1", issued);

        // Another instance whose clock is five minutes behind takes the next number.
        var second = await ledger.IssueAsync("o-2", issued.AddMinutes(-5));

        Assert.Equal(("INV-2026-000001", "INV-2026-000002"), (first.Number.Value, second.Number.Value));
        Assert.Equal(issued, second.IssuedAt);
        LedgerDrafts.AssertSame(second, await ledger.FindAsync(second.Number, CancellationToken.None));
    }
}
