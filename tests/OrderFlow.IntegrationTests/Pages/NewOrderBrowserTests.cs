using Microsoft.Playwright;
using OrderFlow.Functions.Pages.NewOrder;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Pages;

/// <summary>
/// Amelia (Sales) enters a phoned-in order in a real browser, lands on its page and sees it reach Completed; the
/// new-order form, the customer pages and (as Mara) the product list pass axe. The filled-in form is the picture
/// docs/back-office.md shows (<see cref="BrowserPage.ScreenshotForDocsAsync"/>).
/// </summary>
[Collection(SharedApps.OrderFlows)]
public class NewOrderBrowserTests(ProductApp app)
{
    [Fact]
    public async Task Amelia_EntersAnOrderInTheForm_ItCompletesAndEveryPageIsAccessible()
    {
        var unique = PageForms.Unique();
        var (sku, customer, name) = ($"NB-{unique}", $"c-{unique}", $"Browser Buyer {unique}");
        await OrderApi.SeedProductAsync(app.Http, sku);
        await PageForms.SeedCustomerAsync(app.Http, customer, name);
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Amelia Clarke", "/orders/new");
        await page.GetByLabel("Name or customer ID").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Choose {name}" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("customerId=", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a line" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Line 4", Exact = true }).WaitForAsync();
        var line = page.GetByRole(AriaRole.Group, new() { Name = "Line 1", Exact = true });
        await line.GetByLabel("Product").SelectOptionAsync(sku);
        await line.GetByLabel("Quantity").FillAsync("2");
        await page.GetByLabel("Already paid (for example by card on the phone)").CheckAsync();
        var formViolations = await Axe.SeriousViolationsAsync(page);
        await browser.ScreenshotForDocsAsync("new-order-form.png");
        var entered = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Enter order" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == NewOrderPage.Path);
        var location = await entered.HeaderValueAsync("location") ?? "";
        var orderId = location["/orders/".Length..location.IndexOf('?', StringComparison.Ordinal)];
        await page.WaitForURLAsync(url => url.EndsWith($"/orders/{orderId}?notice=entered", StringComparison.Ordinal));
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(180), "Completed", "Rejected", "Failed");
        await page.GotoAsync($"/orders/{orderId}");
        var facts = await page.Locator("dl.facts").First.InnerTextAsync();
        await page.GotoAsync($"/customers?q={unique}");
        var listViolations = await Axe.SeriousViolationsAsync(page);
        await page.GotoAsync($"/customers/{customer}");
        var customerViolations = await Axe.SeriousViolationsAsync(page);
        var history = await page.GetByRole(AriaRole.Table, new() { Name = "Orders, newest first" }).InnerTextAsync();
        await using var admin = await Browser.OpenAsync(app.Http.BaseAddress!);
        await admin.AsAsync("Mara Schulz", "/products");
        var productViolations = await Axe.SeriousViolationsAsync(admin.Page);

        Assert.Equal((303, $"/orders/{orderId}?notice=entered"), (entered.Status, location));
        Assert.Equal("Order entered.", notice);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Contains("Completed", facts, StringComparison.Ordinal);
        Assert.Equal((customer, 2), (order.GetProperty("customerId").GetString(), order.GetProperty("lines")[0].GetProperty("quantity").GetInt32()));
        Assert.Contains("Completed", history, StringComparison.Ordinal);
        Assert.Empty(formViolations);
        Assert.Empty(listViolations);
        Assert.Empty(customerViolations);
        Assert.Empty(productViolations);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.Empty(admin.RequestsElsewhere);
    }
}
