using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.Orders;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// A refund an order owes (a payment came in, then the order was rejected) waits in the work queue until finance
/// records it, on the order page or through the API: once per refund reference, with who recorded it.
/// </summary>
[Collection(SharedApps.OrderFlows)]
public class RefundTests(ProductApp app)
{
    /// <summary>An unpaid order over the approval threshold, paid in full, then rejected: it owes the payment back.</summary>
    async Task<string> OwingARefundAsync(string externalId)
    {
        var sku = externalId + "-BIG";
        var customerId = "c-" + externalId;
        await OrderApi.SeedProductAsync(app.Http, sku, price: "1500.00", onHand: 50);
        await OrderApi.SeedCustomerAsync(app.Http, customerId);
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order(externalId, customerId, sku, quantity: 2, unitPrice: "1500.00", paid: false));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/payments", new { reference = externalId + "-PAY" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/reject", new { reason = "No such customer." })).StatusCode);
        await Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => o.GetProperty("attention").ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(90),
            $"order {orderId} owing a refund");
        return orderId;
    }

    static IEnumerable<JsonElement> Entries(JsonElement order, string stage) =>
        order.GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("stage").GetString() == stage);

    static async Task<HttpResponseMessage> SubmitRefundAsync(StaffBrowser browser, string orderId, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{OrderPage.PathOf(OrderId.Parse(orderId))}/refund") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.OwnOrigin);
        return await browser.Http.SendAsync(request);
    }

    [Fact]
    public async Task RefundDue_FinanceRecordsItOnTheOrderPageTwice_RecordedOnceInTheirNameAndOffTheWorkQueue()
    {
        var orderId = await OwingARefundAsync("PO-RF-PAGE");
        using var ethan = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Ethan);
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);
        var queued = await ethan.Http.GetStringAsync("work");
        var page = await priya.Http.GetStringAsync($"orders/{orderId}");
        var operationsPage = await ethan.Http.GetStringAsync($"orders/{orderId}");
        var fields = new Dictionary<string, string> { ["refund.reference"] = "BANK-RF-1", ["token"] = "refund-1" };

        using var first = await SubmitRefundAsync(priya, orderId, fields);
        using var second = await SubmitRefundAsync(priya, orderId, fields);
        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        var after = await ethan.Http.GetStringAsync("work");
        var shown = await priya.Http.GetStringAsync(first.Headers.Location!.OriginalString);
        var gross = order.GetProperty("totals").GetProperty("gross").GetString();

        Assert.Contains($"Refund due: {gross} EUR came in (PO-RF-PAGE-PAY)", PageHtml.RowOf(PageHtml.Section(queued, "work-refunddue"), orderId), StringComparison.Ordinal);
        Assert.Contains($"action=\"/orders/{orderId}/refund\"", page, StringComparison.Ordinal);
        Assert.Contains($"Pay back {gross} EUR to the customer", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/orders/{orderId}/refund\"", operationsPage, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.SeeOther, $"/orders/{orderId}?notice=refund"), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Contains($"role=\"status\">{OrderActionKind.Find("refund")!.Notice}</p>", shown, StringComparison.Ordinal);
        Assert.Contains("Refunds paid back", shown, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/orders/{orderId}/refund\"", shown, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, order.GetProperty("attention").ValueKind);
        var refund = Assert.Single(order.GetProperty("refunds").EnumerateArray());
        Assert.Equal(("BANK-RF-1", gross, "Priya Shah"), (refund.GetProperty("reference").GetString(), refund.GetProperty("amount").GetString(), refund.GetProperty("by").GetProperty("name").GetString()));
        Assert.Equal("Priya Shah", Assert.Single(Entries(order, "Refunded")).GetProperty("by").GetProperty("name").GetString());
        Assert.Equal("Rejected", order.GetProperty("status").GetString());
        Assert.DoesNotContain(orderId, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordRefund_Api_NeedsAReference_OncePerReference_NothingOwedIs409()
    {
        var orderId = await OwingARefundAsync("PO-RF-API");

        using var noReference = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/refunds", new { });
        using var recorded = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/refunds", new { reference = "BANK-RF-2" });
        using var repeated = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/refunds", new { reference = "BANK-RF-2" });
        using var another = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/refunds", new { reference = "BANK-RF-3" });
        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");

        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        Assert.Equal("application/problem+json", noReference.Content.Headers.ContentType?.MediaType);
        Assert.Contains("A refund needs a reference", (await noReference.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reference")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (recorded.StatusCode, repeated.StatusCode));
        Assert.Equal(orderId, (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        Assert.Equal(OrderRecord.NoRefundOwed, (await another.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("BANK-RF-2", Assert.Single(order.GetProperty("refunds").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal("integration", Assert.Single(Entries(order, "Refunded")).GetProperty("by").GetProperty("name").GetString());
    }
}
