using Microsoft.Playwright;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// An approver starts from the work queue in a real browser and follows a held order to its page; the queue and the
/// order list pass axe. The queue is the picture docs/back-office.md shows.
/// </summary>
[Collection(SharedApps.OrderFlows)]
public sealed class WorkQueueBrowserTests(ProductApp app)
{
    [Fact]
    public async Task Approver_OpensTheWorkQueue_SeesTheHeldOrderAndFollowsItsLink_PagesAccessible()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PO-WQB-1", "WQB-BIG", "c-wqb");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Oliver Hughes", "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open your work queue" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/work", StringComparison.Ordinal));
        var held = page.GetByRole(AriaRole.Region, new() { Name = "Waiting for approval" }).GetByRole(AriaRole.Link, new() { Name = orderId, Exact = true });
        await held.WaitForAsync();
        var queueViolations = await Axe.SeriousViolationsAsync(page);
        await browser.ScreenshotForDocsAsync("work-queue.png");
        await held.FocusAsync();
        // The request for the order's page, whatever that page answers: it is another part of the back office.
        var opened = await page.RunAndWaitForRequestAsync(
            () => page.Keyboard.PressAsync("Enter"), r => r.IsNavigationRequest && r.Url.EndsWith($"/orders/{orderId}", StringComparison.Ordinal));
        await page.GotoAsync("/orders");
        var listViolations = await Axe.SeriousViolationsAsync(page);

        Assert.Equal("GET", opened.Method);
        Assert.Empty(queueViolations);
        Assert.Empty(listViolations);
        Assert.Empty(browser.RequestsElsewhere);
    }
}
