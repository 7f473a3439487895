using System.Text;
using OrderFlow.Core.Invoicing;
using static OrderFlow.Tests.Invoicing.Receivables;

namespace OrderFlow.Tests.Invoicing;

public class ReceivablesAgingTests
{
    static readonly DateOnly AsOf = Day("2026-12-31");

    [Fact]
    public async Task Tally_OpenInvoicesInTwoCurrencies_BucketsPerCustomerAndCurrencyNeverAddedAcross()
    {
        Invoice[] documents =
        [
            Issued("2026-12-20", customerId: "c-ada"),                        // due 3 January: not yet due
            Issued("2026-12-01", customerId: "c-ada").Paying(2000),           // due 15 December, 16 days: 44.50 open
            Issued("2026-10-01", customerId: "c-ada"),                        // due 15 October, 77 days
            Issued("2026-08-01", customerId: "c-ada", currency: "USD"),       // due 15 August, 138 days
            Issued("2026-11-01", customerId: "c-bo"),                         // due 15 November, 46 days
            Issued("2026-06-01", customerId: "c-bo").Paying(6450),            // paid: not in the report
            Issued("2026-06-01", customerId: "c-cy").WithCreditRequested(new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), "Returned."),
        ];

        var report = await ReceivablesAging.TallyAsync(Stream(documents), AsOf, CancellationToken.None);

        Assert.Equal(
            [("c-ada", "EUR", new long[] { 6450, 4450, 0, 6450, 0 }), ("c-ada", "USD", [0, 0, 0, 0, 6450]), ("c-bo", "EUR", [0, 0, 6450, 0, 0])],
            report.Customers.Select(c => (c.CustomerId, c.Currency, c.BucketsMinor.ToArray())));
        Assert.Equal([("EUR", 23800L), ("USD", 6450L)], report.Totals.Select(t => (t.Currency, t.TotalMinor)));
        Assert.Equal(new long[] { 6450, 4450, 6450, 6450, 0 }, report.Totals[0].BucketsMinor);
    }

    [Fact]
    public async Task WriteCsv_CustomerNamedLikeAFormula_EscapedTextAndPlainNumbers()
    {
        var invoice = Issued("2026-11-01", customerId: "c-eve") with
        {
            Customer = Issued("2026-11-01").Customer! with { Name = "=HYPERLINK(\"x\")" },
        };
        var report = await ReceivablesAging.TallyAsync(Stream([invoice]), AsOf, CancellationToken.None);
        using var stream = new MemoryStream();

        await ReceivablesCsv.WriteAsync(stream, report, CancellationToken.None);

        Assert.Equal(
            "customerId,customerName,currency,notYetDue,days1To30,days31To60,days61To90,over90Days,total\r\n"
            + "c-eve,\"'=HYPERLINK(\"\"x\"\")\",EUR,0.00,0.00,64.50,0.00,0.00,64.50\r\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The documents as the ledger's list yields them.</summary>
    static async IAsyncEnumerable<Invoice> Stream(IEnumerable<Invoice> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
