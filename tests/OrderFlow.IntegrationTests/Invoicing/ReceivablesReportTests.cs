using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// The overdue filter and the aging report over HTTP, on invoices issued as the clock moves on:
/// at 120 days one is 106 days past due, one 66, one 36, two 6 (one in USD), one not yet due; paid and credited ones drop out.
/// </summary>
[Collection(SharedApps.Clocked)]
public class ReceivablesReportTests(ClockedProductApp app)
{
    [Fact]
    public async Task OverdueAndAging_InvoicesOfEveryAge_ListedAndBucketedAsOfTheAppsDay()
    {
        var (a, b) = (app.Customer("aging-a"), app.Customer("aging-b"));
        var start = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1);
        var overdueOfA = new[] { await IssueAsync(start, a, "p"), await IssueAsync(start.AddDays(40), a, "q"), await IssueAsync(start.AddDays(70), a, "x") };
        var ledger = await app.LedgerAsync();
        var usd = await IssueAsync(start.AddDays(100), a, "r", "USD");
        var partlyPaid = await IssueAsync(start.AddDays(100), b, "s");
        await ledger.RecordPaymentAsync(OrderId.Parse($"o-{b}-s"), "part", 1000, "EUR", app.Clock.GetUtcNow(), CancellationToken.None);
        var paid = await IssueAsync(start.AddDays(100), b, "t");
        await ledger.RecordPaymentAsync(OrderId.Parse($"o-{b}-t"), "all", paid.GrossMinor, "EUR", app.Clock.GetUtcNow(), CancellationToken.None);
        await IssueAsync(start.AddDays(100), b, "u");
        await ledger.IssueCreditNoteAsync(OrderId.Parse($"o-{b}-u"), "Returned.", app.Clock.GetUtcNow(), CancellationToken.None);
        await IssueAsync(start.AddDays(120), a, "v");
        var today = start.AddDays(120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var overdue = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices?status=Overdue&customerId={a}");
        var overdueOfB = await app.Http.GetFromJsonAsync<JsonElement>($"api/invoices?status=overdue&customerId={b}");
        var report = await app.Http.GetFromJsonAsync<JsonElement>("api/reports/receivables");
        var csv = await app.Http.GetStringAsync("api/reports/receivables?format=csv");
        var badFormat = await app.Http.GetAsync("api/reports/receivables?format=xls");

        Assert.Equal([.. overdueOfA.Select(i => i.Number.Value), usd.Number.Value], overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.Equal(today, overdue.GetProperty("overdueAsOf").GetString());
        Assert.Equal([partlyPaid.Number.Value], overdueOfB.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.Equal(today, report.GetProperty("asOf").GetString());
        Assert.Equal(
            [
                (a, "EUR", "73.17|0.00|73.17|73.17|73.17|292.68"),
                (a, "USD", "0.00|73.17|0.00|0.00|0.00|73.17"),
                (b, "EUR", "0.00|63.17|0.00|0.00|0.00|63.17"),
            ],
            report.GetProperty("customers").EnumerateArray().Where(c => c.GetProperty("customerId").GetString() is var id && (id == a || id == b)).Select(Row));
        Assert.Contains($"\r\n{b},Ada Buyer,EUR,0.00,63.17,0.00,0.00,0.00,63.17\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.True((await badFormat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("format", out _));
    }

    /// <summary>Moves the clock to <paramref name="day"/> and issues an invoice of 73.17 there (due 14 days later).</summary>
    async Task<Invoice> IssueAsync(DateOnly day, string customerId, string key, string currency = "EUR")
    {
        app.MoveTo(day);
        var ledger = await app.LedgerAsync();
        var orderId = $"o-{customerId}-{key}";
        var at = app.Clock.GetUtcNow();
        return await ledger.IssueAsync(LedgerDrafts.Draft(orderId, at, customerId, currency: currency), OrderId.Parse(orderId), at, CancellationToken.None);
    }

    static (string?, string?, string) Row(JsonElement row)
    {
        var open = row.GetProperty("open");
        string[] columns = ["notYetDue", "days1To30", "days31To60", "days61To90", "over90Days", "total"];
        return (row.GetProperty("customerId").GetString(), row.GetProperty("currency").GetString(), string.Join('|', columns.Select(c => open.GetProperty(c).GetString())));
    }
}
