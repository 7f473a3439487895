using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Inventory;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Orders;

namespace OrderFlow.IntegrationTests.BackOffice;

/// <summary>The inventory page and its adjustment form, as demo users over HTTP through DevHost on Azurite.</summary>
[Collection(SharedApps.OrderFlows)]
public class InventoryPageTests(ProductApp app)
{
    const string StockCaption = "Stock per SKU and warehouse";
    const string DemandCaption = "Orders waiting for stock, per SKU";

    static string NewSku(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";

    [Fact]
    public async Task BackorderedSku_PageShowsItBelowReorderWithItsDemand_ChloesAdjustmentWithAReasonWakesTheOrder()
    {
        var sku = NewSku("INV-BO");
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 1);
        await OrderApi.SeedCustomerAsync(app.Http, "c-" + sku.ToLowerInvariant());
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-" + sku, "c-" + sku.ToLowerInvariant(), sku, quantity: 3));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);

        // The order is marked as waiting just after it records Backordered.
        var before = await Eventually.WaitForAsync(
            () => chloe.Http.GetStringAsync($"inventory?sku={sku}"), html => PageHtml.Row(PageHtml.Table(html, DemandCaption), sku) is not null,
            TimeSpan.FromSeconds(30), "the backordered demand on the page");
        var adjusted = await PageHtml.PostFormAsync(chloe, InventoryPages.AdjustPath, new Dictionary<string, string>
        {
            ["sku"] = sku, ["warehouse"] = "WH-A", ["onHand"] = "10", ["reorderPoint"] = "2", ["reason"] = "Pallet from supplier counted in",
        });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved", "Fulfilled", "Shipped", "Invoiced", "Delivered", "Completed");
        var after = await Eventually.WaitForAsync(
            () => chloe.Http.GetStringAsync(adjusted.Headers.Location!.OriginalString.TrimStart('/')), html => PageHtml.Row(PageHtml.Table(html, DemandCaption), sku) is null,
            TimeSpan.FromSeconds(30), "the demand to leave the page");
        var stock = await OrderApi.StockAsync(app.Http, sku);

        // On hand 1, reorder point 2: below it, said in words; one order waits for three units.
        Assert.Equal(["WH-A", "1", "0", "1", "2", InventoryPages.BelowReorderText], PageHtml.Row(PageHtml.Table(before, StockCaption), sku)![..6]);
        Assert.Equal(["1", "3"], PageHtml.Row(PageHtml.Table(before, DemandCaption), sku)!);
        Assert.Equal(HttpStatusCode.SeeOther, adjusted.StatusCode);
        Assert.Equal($"{InventoryPages.Path}?sku={sku}&warehouse=WH-A&notice={InventoryPages.AdjustedNotice}", adjusted.Headers.Location!.OriginalString);
        Assert.NotEqual("Backordered", order.GetProperty("status").GetString());
        Assert.Contains("Stock adjusted.", after, StringComparison.Ordinal);
        Assert.Equal(("Chloe Rivera", "Person", "Pallet from supplier counted in"), (
            stock.GetProperty("adjustedBy").GetProperty("name").GetString(),
            stock.GetProperty("adjustedBy").GetProperty("kind").GetString(),
            stock.GetProperty("adjustmentReason").GetString()));
        Assert.Contains("Chloe Rivera", PageHtml.Row(PageHtml.Table(after, StockCaption), sku)![6], StringComparison.Ordinal);
        Assert.Null(PageHtml.Row(PageHtml.Table(after, DemandCaption), sku));
    }

    [Fact]
    public async Task AdjustmentWithoutAReason_FormAgainWithTheErrorBesideTheReason_StockUnchanged()
    {
        var sku = NewSku("INV-NR");
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);

        var response = await PageHtml.PostFormAsync(chloe, InventoryPages.AdjustPath, new Dictionary<string, string>
        {
            ["sku"] = sku, ["warehouse"] = "WH-A", ["onHand"] = "9", ["reorderPoint"] = "2", ["reason"] = "  ",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("<p class=\"error\" id=\"f-reason-error\">Say why the stock changes", html);
        Assert.Contains("<textarea id=\"f-reason\" name=\"reason\" rows=\"3\" required aria-describedby=\"f-reason-hint f-reason-error\" aria-invalid=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"9\"", html, StringComparison.Ordinal);
        Assert.Equal(5, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task AdjustmentBelowWhatIsReserved_409FormAgainWithTheReasonBesideOnHand_StockUnchanged()
    {
        var sku = NewSku("INV-RES");
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        await app.Server.Services.GetRequiredService<StockLedger>().ReserveAsync(OrderId.Parse("o-" + sku.ToLowerInvariant()), Sku.Parse(sku), 3, CancellationToken.None);
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);

        var response = await PageHtml.PostFormAsync(chloe, InventoryPages.AdjustPath, new Dictionary<string, string>
        {
            ["sku"] = sku, ["warehouse"] = "WH-A", ["onHand"] = "2", ["reorderPoint"] = "2", ["reason"] = "Breakage",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"<p class=\"error\" id=\"f-onHand-error\">{StockAdjustments.BelowReservedTitle} {StockAdjustments.BelowReservedDetail}</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Breakage</textarea>", html, StringComparison.Ordinal);
        Assert.Equal(5, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task PutInventory_SignedInPersonWithoutAReason_ProblemNamesTheReason_KeyStillNeedsNone()
    {
        var sku = NewSku("INV-API");
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/inventory/{sku}/WH-A") { Content = JsonContent.Create(new { onHand = 8, reorderPoint = 2 }) };
        request.Headers.Add("Origin", chloe.OwnOrigin);

        var refused = await chloe.Http.SendAsync(request);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var keyed = await app.Http.PutAsJsonAsync($"api/inventory/{sku}/WH-A", new { onHand = 7, reorderPoint = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal(7, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task Sales_SeesTheInventoryWithoutTheAdjustForm_AForgedAdjustmentIsRefused()
    {
        var sku = NewSku("INV-SALES");
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 5);
        using var amelia = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Amelia);

        var page = await amelia.Http.GetAsync($"inventory?sku={sku}");
        var html = await page.Content.ReadAsStringAsync();
        var forged = await PageHtml.PostFormAsync(amelia, InventoryPages.AdjustPath, new Dictionary<string, string>
        {
            ["sku"] = sku, ["warehouse"] = "WH-A", ["onHand"] = "50", ["reorderPoint"] = "2", ["reason"] = "Just because",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["WH-A", "5", "0", "5", "2", "OK", "integration"], PageHtml.Row(PageHtml.Table(html, StockCaption), sku)![..7].Select(c => c.Split(',')[0]));
        Assert.DoesNotContain(InventoryPages.AdjustPath, html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Adjust<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(5, (await OrderApi.StockAsync(app.Http, sku)).GetProperty("onHand").GetInt32());
    }
}
