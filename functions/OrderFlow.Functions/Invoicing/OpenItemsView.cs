using System.Globalization;
using System.Text;
using OrderFlow.Core.Invoicing;
using OrderFlow.Functions.Pages;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Invoicing;

/// <summary>The open-items page's HTML: the receivables aging report per customer and per currency, and its CSV.</summary>
public static class OpenItemsView
{
    public const string CustomersCaption = "Open amounts per customer by days past due";
    public const string TotalsCaption = "Open amounts per currency";

    /// <summary>Column headings of the buckets, in <see cref="AgingBucket"/> order, then the total.</summary>
    static readonly string[] Buckets = ["Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days", "Total"];

    public static string Render(ReceivablesReport report)
    {
        var html = new StringBuilder();
        var asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<p>As of {asOf} (UTC). <a href=\"/api/reports/receivables?format=csv\" download>Download CSV</a> · ");
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"{FinancePages.Path}?status=Unpaid\">Open invoices</a> · <a href=\"{FinancePages.Path}?status=Overdue\">Overdue invoices</a></p>");
        html.Append(DataTable.Render(
            CustomersCaption,
            ["Customer", "Currency", .. Buckets],
            report.Customers.Select(c => (IReadOnlyList<string>)[Customer(c), HtmlPage.Encode(c.Currency), .. Amounts(c.BucketsMinor, c.Currency)]),
            "Nothing is open: every invoice is paid or credited."));
        html.Append(DataTable.Render(
            TotalsCaption,
            ["Currency", .. Buckets],
            report.Totals.Select(t => (IReadOnlyList<string>)[HtmlPage.Encode(t.Currency), .. Amounts(t.BucketsMinor, t.Currency)]),
            "No open amounts."));
        return html.ToString();
    }

    static string Customer(CustomerReceivables row) =>
        DataTable.Link($"{FinancePages.Path}?status=Unpaid&customerId={Uri.EscapeDataString(row.CustomerId)}", row.CustomerName is { } name ? $"{name} ({row.CustomerId})" : row.CustomerId);

    static IEnumerable<string> Amounts(IReadOnlyList<long> bucketsMinor, string currency) =>
        bucketsMinor.Append(bucketsMinor.Sum()).Select(minor => HtmlPage.Encode(FinanceListView.Amount(minor, currency)));
}
