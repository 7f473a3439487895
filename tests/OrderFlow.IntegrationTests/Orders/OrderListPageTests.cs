using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.OrderList;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The order list page (/orders) and the filters it shares with GET /api/orders, signed in as demo users.</summary>
[Collection(SharedApps.OrderFlows)]
public class OrderListPageTests(ProductApp app)
{
    Uri Base => app.Http.BaseAddress!;

    static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Filters_StatusChannelTimeAndAttention_FindTheirOrdersOnly()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await OrderApi.SeedProductAsync(app.Http, "OLP-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-olp");
        var completed = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-OLP-1", "c-olp", "OLP-1"));
        var held = await OrderApi.PostOverThresholdAsync(app.Http, "PO-OLP-2", "OLP-BIG", "c-olp");
        await OrderApi.WaitForStatusAsync(app.Http, completed, "Completed");
        await OrderApi.WaitForStatusAsync(app.Http, held, "OnHold");
        await app.Server.Services.GetRequiredService<OrderBook>().ApplyAsync(OrderId.Parse(held), r => r.Flag("Order.Test", "looked at by a test", DateTimeOffset.UtcNow), CancellationToken.None);
        using var chloe = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Chloe);

        var completedApi = await chloe.Http.GetStringAsync($"orders?from={Iso(since)}&status=Completed&channel=api");
        var attention = await chloe.Http.GetStringAsync($"orders?from={Iso(since)}&attention=true");
        var shopify = await chloe.Http.GetStringAsync("orders?customerId=c-olp&channel=shopify");
        var customer = await chloe.Http.GetStringAsync("orders?customerId=c-olp&attention=true");
        var api = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders?from={Iso(since)}&attention=true&channel=api");

        Assert.Contains(OrderListPage.OrderPath(OrderId.Parse(completed)), completedApi, StringComparison.Ordinal);
        Assert.DoesNotContain(held, completedApi, StringComparison.Ordinal);
        Assert.Contains(">API and direct entry<", PageHtml.RowOf(completedApi, completed), StringComparison.Ordinal);
        Assert.Matches(@"<td>\d+\.\d\d EUR</td>", PageHtml.RowOf(completedApi, completed));
        Assert.Contains(held, attention, StringComparison.Ordinal);
        Assert.DoesNotContain(completed, attention, StringComparison.Ordinal);
        Assert.Contains("No orders match these filters.", shopify, StringComparison.Ordinal);
        Assert.Contains(held, Assert.Single(PageHtml.Rows(customer)), StringComparison.Ordinal);
        Assert.Contains(held, api.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
        Assert.DoesNotContain(completed, api.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
    }

    [Fact]
    public async Task BadFilters_TheFormAgainWithEachErrorBesideItsField_AndTheApiNamesThem()
    {
        using var amelia = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Amelia);

        var page = await amelia.Http.GetAsync("orders?status=Lost&channel=fax&from=yesterday&customerId=c%20olp&attention=maybe");
        var html = await page.Content.ReadAsStringAsync();
        var api = await app.Http.GetAsync("api/orders?channel=fax&attention=maybe");
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        foreach (var field in new[] { "status", "channel", "from", "customerId" })
        {
            Assert.Contains($"<p class=\"error\" id=\"f-{field}-error\">", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#f-{field}\">", html, StringComparison.Ordinal);
        }
        Assert.Contains("href=\"#f-attention\">true or false.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"c olp\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["attention", "channel"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Search_ByShopOrderIdOrOrderId_GoesStraightToTheOrder_UnknownSaidBesideTheBox()
    {
        await OrderApi.SeedProductAsync(app.Http, "OLP-S");
        await OrderApi.SeedCustomerAsync(app.Http, "c-olp-s");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-OLP-SEARCH", "c-olp-s", "OLP-S"));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        using var oliver = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Oliver);

        var byExternal = await oliver.Http.GetAsync("orders?q=+PO-OLP-SEARCH+");
        var byId = await oliver.Http.GetAsync($"orders?q={orderId}");
        var unknown = await oliver.Http.GetAsync("orders?q=PO-OLP-NOBODY");

        Assert.Equal(HttpStatusCode.Redirect, byExternal.StatusCode);
        Assert.Equal($"/orders/{orderId}", byExternal.Headers.Location!.OriginalString);
        Assert.Equal($"/orders/{orderId}", byId.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-q-error\">No order has this order ID or shop order ID.</p>", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_AFullPage_TheNextPageHoldsTheRest()
    {
        await OrderApi.SeedCustomerAsync(app.Http, "c-olp-pages");
        var imported = await ImportCancelledAsync("c-olp-pages", OrderListPage.PageSize + 1);
        using var priya = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Priya);

        var first = await priya.Http.GetStringAsync("orders?customerId=c-olp-pages&channel=import");
        var next = System.Text.RegularExpressions.Regex.Match(first, "<a href=\"([^\"]+)\" rel=\"next\">").Groups[1].Value;
        var second = await priya.Http.GetStringAsync(WebUtility.HtmlDecode(next).TrimStart('/'));

        Assert.Equal(OrderListPage.PageSize, PageHtml.Rows(first).Count);
        Assert.Single(PageHtml.Rows(second));
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Equal(imported.Order(), PageHtml.Rows(first).Concat(PageHtml.Rows(second)).Select(r => imported.Single(id => r.Contains(id, StringComparison.Ordinal))).Order());
    }

    /// <summary>Past orders through POST /api/orders/import: many orders at once, without running a workflow for each.</summary>
    async Task<IReadOnlyList<string>> ImportCancelledAsync(string customerId, int count)
    {
        var day = new DateTimeOffset(2019, 5, 6, 9, 0, 0, TimeSpan.Zero);
        var lines = Enumerable.Range(1, count).Select(i => new JsonObject
        {
            ["source"] = "olp-erp", ["externalId"] = $"OLP-PAGE-{i}", ["customerId"] = customerId, ["currency"] = "EUR",
            ["receivedAt"] = day.AddMinutes(i).ToString("O", CultureInfo.InvariantCulture), ["status"] = "Cancelled",
            ["lines"] = new JsonArray(new JsonObject { ["sku"] = "OLP-PAGE", ["quantity"] = 1, ["unitPrice"] = "10.00", ["taxRate"] = "0.19" }),
            ["shippingCost"] = "0.00",
            ["shippingAddress"] = new JsonObject { ["line1"] = "Hauptstraße 1", ["city"] = "Berlin", ["postalCode"] = "10115", ["country"] = "DE" },
            ["stages"] = new JsonObject { ["Validated"] = day.AddMinutes(i + 1).ToString("O", CultureInfo.InvariantCulture), ["Cancelled"] = day.AddHours(2).ToString("O", CultureInfo.InvariantCulture) },
        }.ToJsonString());
        using var content = new StringContent(string.Join('\n', lines), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await app.Http.PostAsync("api/orders/import", content);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode && report.GetProperty("refused").GetInt32() == 0, report.ToString());
        return [.. Enumerable.Range(1, count).Select(i => OrderIds.From(OrderChannels.Imported, "olp-erp", $"OLP-PAGE-{i}").Value)];
    }
}
