using Microsoft.Playwright;
using OrderFlow.Functions.Inventory;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>Chloe (Operations) adjusts stock with a reason in a real browser; axe checks the inventory page before and after.</summary>
[Collection(SharedApps.OrderFlows)]
public class InventoryBrowserTests(ProductApp app)
{
    [Fact]
    public async Task Chloe_AdjustsStockWithAReason_SeesTheNoticeAndHerNameOnTheRow()
    {
        var sku = $"INV-UI-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 4);
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Chloe Rivera", $"{InventoryPages.Path}?sku={sku}");
        var before = await Axe.SeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Adjust {sku} in WH-A" }).ClickAsync();
        var form = page.Locator("#adjust");
        await form.GetByLabel("On hand").FillAsync("12");
        await form.GetByLabel("Reason").FillAsync("Cycle count, aisle 4");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save adjustment" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"notice={InventoryPages.AdjustedNotice}", StringComparison.Ordinal));
        var after = await Axe.SeriousViolationsAsync(page);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = sku });
        var stock = await OrderApi.StockAsync(app.Http, sku);

        Assert.Empty(before);
        Assert.Empty(after);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.StartsWith("Stock adjusted.", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Chloe Rivera", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Cycle count, aisle 4", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal((12, "Chloe Rivera"), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("adjustedBy").GetProperty("name").GetString()));
    }
}
