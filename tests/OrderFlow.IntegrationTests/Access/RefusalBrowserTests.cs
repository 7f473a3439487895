using System.Net;
using Microsoft.Playwright;
using OrderFlow.Functions.Inventory;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.Access;

/// <summary>
/// Refusals as a person meets them in a real browser: a signed-out visitor is sent to sign in and back; a role is
/// refused a page and a form it lacks with a page naming the role; a form posted from another site changes nothing.
/// </summary>
[Collection(SharedApps.OrderChannels)]
public sealed class RefusalBrowserTests(ProductApp app)
{
    [Fact]
    public async Task SignedOut_SentToSignIn_ThenBackToThePage()
    {
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;

        await page.GotoAsync("/orders");
        var signInUrl = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Amelia Clarke", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/orders", StringComparison.Ordinal));
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

        Assert.Contains("/.auth/login/dev?post_login_redirect_uri=%2Forders", signInUrl, StringComparison.Ordinal);
        Assert.Equal("Orders", heading);
        Assert.Empty(browser.RequestsElsewhere);
    }

    [Fact]
    public async Task Sales_RefusedTheFinancePageAndTheStockForm_PagesNameTheRoleNeeded()
    {
        var sku = "RB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;
        await browser.AsAsync("Amelia Clarke", "/");

        var finance = await page.GotoAsync("/finance");
        var financeAlert = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        // Sales sees the inventory without its form; the form sent anyway (as a crafted page would) is refused.
        await page.GotoAsync($"/inventory?sku={sku}");
        var adjustForms = await page.Locator($"form[action='{InventoryPages.AdjustPath}']").CountAsync();
        var adjust = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync(PostFormScript, new object[] { InventoryPages.AdjustPath, sku }),
            r => r.Request.Method == "POST" && r.Url.EndsWith(InventoryPages.AdjustPath, StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
        var adjustAlert = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Equal((int)HttpStatusCode.Forbidden, finance!.Status);
        Assert.Contains("Finance", financeAlert, StringComparison.Ordinal);
        Assert.Equal(0, adjustForms);
        Assert.Equal((int)HttpStatusCode.Forbidden, adjust.Status);
        Assert.Contains("Operations", adjustAlert, StringComparison.Ordinal);
        Assert.Equal(5, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
        Assert.Empty(browser.RequestsElsewhere);
    }

    [Fact]
    public async Task FormFromAnotherSite_WhileSignedIn_ChangesNothing()
    {
        var sku = "RB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        await using var browser = await Browser.OpenAsync(app.Http.BaseAddress!);
        var page = browser.Page;
        await browser.AsAsync("Chloe Rivera", "/inventory");
        var target = new Uri(app.Http.BaseAddress!, InventoryPages.AdjustPath.TrimStart('/'));

        // A page of another origin (a data: URL has none of its own) that posts the stock form to the app.
        await page.GotoAsync("data:text/html," + Uri.EscapeDataString(
            $"<form method=post action=\"{target}\"><input name=sku value=\"{sku}\"><input name=warehouse value=WH-A>"
            + "<input name=onHand value=0><input name=reorderPoint value=0><input name=reason value=\"Emptied by another site\"><button>Go</button></form>"));
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.NotEqual((int)HttpStatusCode.SeeOther, answer.Status);
        Assert.True(answer.Status >= 300, $"A cross-site post was answered {answer.Status}.");
        Assert.Equal(5, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
    }

    // Builds and sends a form on the app's own page, as a crafted link or a browser extension could.
    const string PostFormScript = """
        ([action, sku]) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = action;
          for (const [name, value] of Object.entries({ sku, warehouse: 'WH-A', onHand: '0', reorderPoint: '0', reason: 'Not mine to change' })) {
            const input = document.createElement('input');
            input.name = name;
            input.value = value;
            form.appendChild(input);
          }
          document.body.appendChild(form);
          form.submit();
        }
        """;
}
