using Microsoft.Playwright;
using OrderFlow.Functions.Invoicing;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Invoicing;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>Priya (Finance) downloads a month's CSV from /finance in a real browser and opens an invoice; axe checks both pages.</summary>
[Collection(SharedApps.Finance)]
public class FinanceBrowserTests(FinanceApp app)
{
    [Fact]
    public async Task Priya_DownloadsTheMonthsCsv_ItHoldsThatMonthsInvoicesOnly()
    {
        var ledger = await app.LedgerAsync();
        var customer = $"c-csv-{Guid.NewGuid().ToString("N")[..8]}";
        var may = await ledger.IssueAsync($"o-csv-{Guid.NewGuid():N}", new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero), customer);
        var june = await ledger.IssueAsync($"o-csv-{Guid.NewGuid():N}", new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero), customer);
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Priya Shah", FinancePages.Path);
        await page.GetByLabel("Month").FillAsync("2026-05");
        await page.GetByLabel("Customer ID").FillAsync(customer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("month=2026-05", StringComparison.Ordinal));
        var listViolations = await Axe.SeriousViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = FinanceListView.CsvLinkText }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        await page.GetByRole(AriaRole.Link, new() { Name = may.Number.Value, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"{FinancePages.InvoicesPath}/{may.Number}", StringComparison.Ordinal));
        var invoiceViolations = await Axe.SeriousViolationsAsync(page);

        Assert.Equal("invoices.csv", download.SuggestedFilename);
        // A row per line (and shipping) of each document, after the header: May's invoice alone.
        Assert.All(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.Contains(may.Number.Value, row, StringComparison.Ordinal));
        Assert.Contains(may.Number.Value, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(june.Number.Value, csv, StringComparison.Ordinal);
        Assert.Equal($"Invoice {may.Number}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Empty(listViolations);
        Assert.Empty(invoiceViolations);
        Assert.Empty(browser.RequestsElsewhere);
    }
}
