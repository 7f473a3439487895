using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>Who may read invoices, what a bad query answers, and what an unknown number gives away (nothing).</summary>
[Collection(SharedApps.Finance)]
public class InvoiceAccessTests(FinanceApp app)
{
    static readonly DateTimeOffset Issued = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FinanceKey_InvoicesAndCreditNotes_CanBeRead()
    {
        var (invoice, note) = await IssueCreditedAsync("o-finance");
        using var finance = app.Client(FinanceApp.FinanceKey);

        var list = await finance.GetAsync("api/invoices?from=2026-05-01&to=2026-06-01");
        var one = await finance.GetAsync($"api/invoices/{invoice}");
        var credit = await finance.GetAsync($"api/credit-notes/{note}");
        var receivables = await finance.GetAsync("api/reports/receivables");

        Assert.Equal(HttpStatusCode.OK, receivables.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, credit.StatusCode);
    }

    [Theory]
    [InlineData("GET", "api/orders")]
    [InlineData("GET", "api/orders/o-finance")]
    [InlineData("GET", "api/inventory?sku=CUP")]
    [InlineData("GET", "api/customers/c-1/orders")]
    [InlineData("PUT", "api/products/CUP")]
    [InlineData("POST", "api/orders")]
    public async Task FinanceKey_AnyOtherRoute_Answers403ProblemNamingTheRoles(string method, string route)
    {
        using var finance = app.Client(FinanceApp.FinanceKey);

        var response = await finance.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Admin", problem.GetProperty("requiredRoles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("api/invoices")]
    [InlineData("api/invoices?format=csv")]
    [InlineData("api/invoices/INV-2026-000001")]
    [InlineData("api/credit-notes/CN-2026-000001")]
    public async Task InvoiceRoutes_NoKeyOrWrongKey_Answer401(string route)
    {
        using var anonymous = app.Client(null);
        using var wrong = app.Client("not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync(route)).StatusCode);
    }

    [Fact]
    public async Task GetDocument_UnknownOtherSeriesOrMalformedNumber_SameBare404()
    {
        var (invoice, note) = await IssueCreditedAsync("o-404");

        var answers = await Task.WhenAll(new[]
        {
            "api/invoices/INV-2026-999999", $"api/invoices/{note}", "api/invoices/INV-26-1", "api/invoices/..%2F..",
            "api/credit-notes/CN-2026-999999", $"api/credit-notes/{invoice}",
        }.Select(async route => (route, Response: await app.Http.GetAsync(route))));

        foreach (var (route, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, route);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("INV-", body, StringComparison.Ordinal);
            Assert.DoesNotContain("CN-", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=01/02/2026", "from")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=5000", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("continuationToken=garbage", "continuationToken")]
    [InlineData("continuationToken=djF8ZGF0ZXxub3QtYS1kYXRlfElOVi0yMDI2LTAwMDAwMQ", "continuationToken")]
    [InlineData("status=Lost", "status")]
    [InlineData("customerId=a%2Fb", "customerId")]
    [InlineData("format=xls", "format")]
    [InlineData("format=csv&pageSize=0", "pageSize")]
    public async Task List_BadQuery_Answers400ProblemNamingTheField(string query, string field)
    {
        var response = await app.Http.GetAsync("api/invoices?" + query);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    async Task<(string Invoice, string CreditNote)> IssueCreditedAsync(string orderId)
    {
        var ledger = await app.LedgerAsync();
        var invoice = await ledger.IssueAsync(orderId, Issued);
        var note = await ledger.IssueCreditNoteAsync(OrderId.Parse(orderId), "Cancelled.", Issued.AddHours(1), CancellationToken.None);
        return (invoice.Number.Value, note!.Number.Value);
    }
}
