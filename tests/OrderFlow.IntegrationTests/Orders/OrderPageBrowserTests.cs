using Microsoft.Playwright;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Staff act on an order from its page in a real browser, and the page shows what they did under their name.</summary>
[Collection(SharedApps.ManualFulfilment)]
public sealed class OrderPageBrowserTests(ManualProductApp app)
{
    const string Parcels = "Parcels and tracking";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Approver_ApprovesAHeldOrderFromItsPage_TheTimelineShowsHisName()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PG-BR-HOLD", "PG-BR-HOLD-BIG", "c-pg-br-hold");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Oliver Hughes", $"/orders/{orderId}");
        var violations = await Axe.SeriousViolationsAsync(page);
        var approve = page.GetByRole(AriaRole.Form, new() { Name = "Approve", Exact = true });
        await approve.GetByLabel("Reason (optional)").FillAsync("regular customer");
        await approve.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var approvedRow = await OpenUntilAsync(page, orderId, () => RowTextAsync(page, "What happened, oldest first", "Approved"), row => row.Contains("Oliver Hughes", StringComparison.Ordinal), "the Approved entry");

        Assert.Empty(violations);
        Assert.Empty(browser.RequestsElsewhere);
        Assert.Equal("Approved.", notice);
        Assert.Contains("regular customer", approvedRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_RecordsASplitShipment_BothParcelsShown()
    {
        var orderId = await OrderApi.PostTwoLineOrderAsync(app.Http, "PG-BR-SHIP", "c-pg-br-ship", taxRate: "0.19");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await browser.AsAsync("Chloe Rivera", $"/orders/{orderId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a pick", Exact = true }).ClickAsync();
        var picked = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var parcel = page.GetByRole(AriaRole.Form, new() { Name = "Record a parcel", Exact = true });
        await OpenUntilAsync(page, orderId, () => parcel.CountAsync(), count => count == 1, "the parcel form");
        await parcel.GetByLabel("Carrier").FillAsync("DHL");
        await parcel.GetByLabel("Tracking number").FillAsync("BR-P1");
        await parcel.GetByLabel("PG-BR-SHIP-CUP: units (3 left)").FillAsync("2");
        await parcel.GetByRole(AriaRole.Button, new() { Name = "Record a parcel", Exact = true }).ClickAsync();
        var first = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await OpenUntilAsync(page, orderId, () => parcel.GetByLabel("PG-BR-SHIP-CUP: units (1 left)").CountAsync(), count => count == 1, "the first parcel");
        await parcel.GetByLabel("Carrier").FillAsync("UPS");
        await parcel.GetByLabel("Tracking number").FillAsync("BR-P2");
        await parcel.GetByRole(AriaRole.Button, new() { Name = "Record a parcel", Exact = true }).ClickAsync();
        var second = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var secondRow = await OpenUntilAsync(page, orderId, () => RowTextAsync(page, Parcels, "BR-P2"), row => row.Length > 0, "the second parcel");
        var firstRow = await RowTextAsync(page, Parcels, "BR-P1");
        var violations = await Axe.SeriousViolationsAsync(page);
        await browser.ScreenshotForDocsAsync("order-page.png");

        Assert.Equal(("Pick recorded.", "Parcel recorded.", "Parcel recorded."), (picked, first, second));
        Assert.Contains("PG-BR-SHIP-CUP ×2", firstRow, StringComparison.Ordinal);
        Assert.Contains("PG-BR-SHIP-CUP ×1, PG-BR-SHIP-MUG ×1", secondRow, StringComparison.Ordinal);
        Assert.Empty(violations);
        Assert.Empty(browser.RequestsElsewhere);
    }

    /// <summary>The text of the one row of the table captioned <paramref name="table"/> that mentions <paramref name="text"/>; empty while there is none.</summary>
    static async Task<string> RowTextAsync(IPage page, string table, string text)
    {
        var rows = page.GetByRole(AriaRole.Table, new() { Name = table }).GetByRole(AriaRole.Row).Filter(new() { HasText = text });
        return await rows.CountAsync() == 1 ? await rows.InnerTextAsync() : "";
    }

    /// <summary>
    /// Opens the order page (without the last notice) until it shows what is wanted: the workflow records an action a
    /// moment after its form is sent.
    /// </summary>
    static Task<T> OpenUntilAsync<T>(IPage page, string orderId, Func<Task<T>> probe, Func<T, bool> done, string what) =>
        Eventually.WaitForAsync(async () =>
        {
            await page.GotoAsync($"/orders/{orderId}");
            return await probe();
        }, done, Wait, what);
}
