using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Invoicing;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>Finance's pages as Priya (Finance) over HTTP through DevHost: the filtered list, its CSV, each document, open items.</summary>
[Collection(SharedApps.Finance)]
public class FinancePageTests(FinanceApp app)
{
    const string ListCaption = "Invoices and credit notes";
    static readonly DateTimeOffset March = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task FinancePage_MonthCustomerAndStatus_ListsOnlyThoseDocuments_AndItsCsvLinkDownloadsThem()
    {
        var ledger = await app.LedgerAsync();
        var customer = NewId("c-fp");
        var paidOrder = NewId("o-fp");
        var paid = await ledger.IssueAsync(paidOrder, March, customer);
        var open = await ledger.IssueAsync(NewId("o-fp"), March.AddDays(5), customer);
        var april = await ledger.IssueAsync(NewId("o-fp"), March.AddMonths(1), customer);
        await ledger.RecordPaymentAsync(OrderId.Parse(paidOrder), "bank-" + paidOrder, paid.GrossMinor, "EUR", March.AddDays(2), CancellationToken.None);
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var month = await priya.Http.GetStringAsync($"finance?month=2026-03&customerId={customer}");
        var paidOnly = await priya.Http.GetStringAsync($"finance?month=2026-03&customerId={customer}&status=Paid");
        var openOnly = await priya.Http.GetStringAsync($"finance?customerId={customer}&status=Unpaid&from=2026-03-01&to=2026-05-01");
        var csvPath = $"/api/invoices?from=2026-03-01&to=2026-04-01&customerId={customer}&format=csv";
        var csv = await priya.Http.GetStringAsync(csvPath.TrimStart('/'));

        Assert.Equal([paid.Number.Value, open.Number.Value], Numbers(month));
        Assert.Equal(["Paid", Euros(paid.GrossMinor)], PageHtml.Row(PageHtml.Table(month, ListCaption), paid.Number.Value)![3..5]);
        Assert.Equal([paid.Number.Value], Numbers(paidOnly));
        Assert.Equal([open.Number.Value, april.Number.Value], Numbers(openOnly));
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(csvPath)}\" download>{FinanceListView.CsvLinkText}<", month, StringComparison.Ordinal);
        // A row per line (and shipping) of each document, after the header.
        Assert.All(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.True(row.Contains(paid.Number.Value, StringComparison.Ordinal) || row.Contains(open.Number.Value, StringComparison.Ordinal), row));
        Assert.Contains(paid.Number.Value, csv, StringComparison.Ordinal);
        Assert.Contains(open.Number.Value, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(april.Number.Value, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinancePage_BadMonthAndCustomer_FiltersAgainWithEachErrorBesideItsField()
    {
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var response = await priya.Http.GetAsync("finance?month=2026-13&customerId=no%20spaces%20here");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-month-error\">A month such as 2026-11.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-customerId-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ListCaption, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvoicePage_SaysWhatTheInvoicesJsonSays_WithItsPayments()
    {
        var ledger = await app.LedgerAsync();
        var order = NewId("o-ip");
        var issued = await ledger.IssueAsync(order, March, NewId("c-ip"), "Grace Buyer");
        await ledger.RecordPaymentAsync(OrderId.Parse(order), "bank-" + order, 2000, "EUR", March.AddDays(4), CancellationToken.None);
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var json = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices/{issued.Number}");
        var html = await priya.Http.GetStringAsync($"finance/invoices/{issued.Number}");

        Assert.Contains($"<h1>Invoice {issued.Number}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Bill to</h2><address>Grace Buyer<br>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Due date</dt><dd>{json.GetProperty("dueDate").GetString()}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Payment terms</dt><dd>{WebUtility.HtmlEncode(json.GetProperty("paymentTerms").GetString())}</dd>", html, StringComparison.Ordinal);
        foreach (var (line, index) in json.GetProperty("lines").EnumerateArray().Select((l, i) => (l, i + 1)))
        {
            var row = PageHtml.Row(html, index.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
            Assert.StartsWith(line.GetProperty("description").GetString(), row[0], StringComparison.Ordinal);
            Assert.Equal(line.GetProperty("quantity").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(line.GetProperty("net").GetString(), row[4]);
        }
        Assert.Equal([$"{json.GetProperty("totals").GetProperty("gross").GetString()} EUR"], PageHtml.Row(html, "Total")!);
        Assert.Equal(["20.00 EUR"], PageHtml.Row(PageHtml.Table(html, DocumentPageView.PaymentsCaption), "bank-" + order)![..1]);
        Assert.Contains($"Payment reference: {issued.Number}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditNotePage_NamesTheInvoiceItCancelsAndTheTotalCredited()
    {
        var ledger = await app.LedgerAsync();
        var order = NewId("o-cn");
        var invoice = await ledger.IssueAsync(order, March, NewId("c-cn"));
        var note = (await ledger.IssueCreditNoteAsync(OrderId.Parse(order), "Returned unopened.", March.AddDays(3), CancellationToken.None))!;
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var json = await app.Http.GetFromJsonAsync<JsonElement>($"api/credit-notes/{note.Number}");
        var html = await priya.Http.GetStringAsync($"finance/credit-notes/{note.Number}");
        var list = await priya.Http.GetStringAsync($"finance?month=2026-03&customerId={invoice.CustomerId}");

        Assert.Contains($"<h1>Credit note {note.Number}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"This credit note cancels invoice {invoice.Number} in full.", html, StringComparison.Ordinal);
        Assert.Equal([$"{json.GetProperty("totals").GetProperty("gross").GetString()} EUR"], PageHtml.Row(html, "Total credited")!);
        Assert.Contains($"href=\"{FinancePages.CreditNotesPath}/{note.Number}\"", list, StringComparison.Ordinal);
        Assert.Equal("Credited", PageHtml.Row(PageHtml.Table(list, ListCaption), invoice.Number.Value)![3]);
    }

    [Fact]
    public async Task DocumentPages_UnknownNumberOrWrongType_404Page()
    {
        var invoice = await (await app.LedgerAsync()).IssueAsync(NewId("o-nf"), March, NewId("c-nf"));
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var unknown = await priya.Http.GetAsync("finance/invoices/INV-2099-999999");
        var wrongType = await priya.Http.GetAsync($"finance/credit-notes/{invoice.Number}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No invoice has the number INV-2099-999999.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongType.StatusCode);
        Assert.Equal("text/html", wrongType.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenItemsPage_AnInvoiceLongOverdue_ShowsItsCustomerOverNinetyDays()
    {
        var customer = NewId("c-oi");
        var invoice = await (await app.LedgerAsync()).IssueAsync(NewId("o-oi"), new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero), customer, "Olive Owing");
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);

        var html = await priya.Http.GetStringAsync("finance/open-items");

        Assert.Equal(["EUR", "0.00 EUR", "0.00 EUR", "0.00 EUR", "0.00 EUR", Euros(invoice.GrossMinor), Euros(invoice.GrossMinor)],
            PageHtml.Row(PageHtml.Table(html, OpenItemsView.CustomersCaption), $"Olive Owing ({customer})")!);
    }

    static string Euros(long minor) => (minor / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " EUR";

    static List<string> Numbers(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(PageHtml.Table(html, ListCaption), "<th scope=\"row\"><a [^>]+>([^<]+)</a></th>").Select(m => m.Groups[1].Value)];
}
