using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Functions.Pages.Orders;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The order page and its forms over HTTP, signed in as the demo users; each test has orders of its own.</summary>
[Collection(SharedApps.ManualFulfilment)]
public class OrderPageTests(ManualProductApp app)
{
    Uri Base => app.Http.BaseAddress!;

    static string PagePath(string orderId) => "/orders/" + orderId;

    static async Task<HttpResponseMessage> SubmitAsync(StaffBrowser browser, string orderId, string action, Dictionary<string, string> fields, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PagePath(orderId)}/{action}") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", origin ?? browser.OwnOrigin);
        return await browser.Http.SendAsync(request);
    }

    /// <summary>Submits a form that must succeed: 303 back to the order page with the action's notice, which the page shows.</summary>
    internal static async Task DoneAsync(StaffBrowser browser, string orderId, string action, Dictionary<string, string> fields)
    {
        using var response = await SubmitAsync(browser, orderId, action, fields);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"{PagePath(orderId)}?notice={action}", location);
        Assert.Contains($"role=\"status\">{OrderActionKind.Find(action)!.Notice}</p>", await browser.Http.GetStringAsync(location), StringComparison.Ordinal);
    }

    Task<JsonElement> WaitForAsync(string orderId, string stage, int count = 1) =>
        Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => Entries(o, stage).Count() >= count,
            TimeSpan.FromSeconds(90),
            $"{count} × {stage} on order {orderId}");

    static IEnumerable<JsonElement> Entries(JsonElement order, string stage) =>
        order.GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("stage").GetString() == stage);

    static string ByName(JsonElement order, string stage) => Entries(order, stage).Single().GetProperty("by").GetProperty("name").GetString()!;

    async Task<string> ReservedOrderAsync(string externalId)
    {
        var orderId = await OrderApi.PostTwoLineOrderAsync(app.Http, externalId, "c-" + externalId, taxRate: "0.19");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        return orderId;
    }

    [Fact]
    public async Task Page_ShowsLinesTotalsAndTimelineActors_ARoleWithoutTheActionSeesNoFormAndAForgedPostIs403()
    {
        var orderId = await ReservedOrderAsync("PG-SHOW-1");
        // Approver and Sales: the page opens to him, but a reserved order takes no approval and picks are Operations'.
        using var oliver = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Oliver);

        var page = await oliver.Http.GetStringAsync(PagePath(orderId));
        using var forged = await SubmitAsync(oliver, orderId, "pick", new());
        var after = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");

        Assert.Contains("<h1>Order PG-SHOW-1</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">PG-SHOW-1-CUP</th><td>Product PG-SHOW-1-CUP</td><td>3</td><td>10.00 EUR</td><td>10.00 EUR</td><td>0.00 EUR</td><td>30.00 EUR</td>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Net</dt><dd>50.00 EUR</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Tax</dt><dd>9.50 EUR</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Gross</dt><dd>59.50 EUR</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Received</td><td></td><td>integration</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Validated</td><td></td><td>OrderFlow</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("Needs the role Operations or Admin.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(after.GetProperty("lines").EnumerateArray(), l => Assert.Equal(0, l.GetProperty("picked").GetInt32()));
    }

    [Fact]
    public async Task Page_UnknownOrMalformedId_404Page()
    {
        using var amelia = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Amelia);

        using var unknown = await amelia.Http.GetAsync("/orders/no-such-order");
        using var malformed = await amelia.Http.GetAsync("/orders/" + Uri.EscapeDataString("bad id!"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<h1>Order not found</h1>", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task Approve_FromThePage_ApiNamesOliver_ThenRejectShowsThe409Reason()
    {
        var orderId = await OrderApi.PostOverThresholdAsync(app.Http, "PG-HOLD-1", "PG-HOLD-1-BIG", "c-pg-hold");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "OnHold");
        using var oliver = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Oliver);
        var held = await oliver.Http.GetStringAsync(PagePath(orderId));

        await DoneAsync(oliver, orderId, "approve", new() { ["approve.reason"] = "known customer" });
        var reserved = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        using var reject = await SubmitAsync(oliver, orderId, "reject", new() { ["reject.reason"] = "too late" });
        var refused = await reject.Content.ReadAsStringAsync();

        Assert.Contains($"action=\"/orders/{orderId}/approve\"", held, StringComparison.Ordinal);
        Assert.Contains($"action=\"/orders/{orderId}/reject\"", held, StringComparison.Ordinal);
        Assert.Equal("Oliver Hughes", ByName(reserved, "Approved"));
        Assert.Equal("known customer", Entries(reserved, "Approved").Single().GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.Contains("role=\"alert\">The order was approved already.</p>", refused, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/orders/{orderId}/reject\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warehouse_PickTwoParcelsDelivery_FinancePaysTwiceTheSameFormOnce_EachNamedInTheApi()
    {
        var orderId = await ReservedOrderAsync("PG-SHIP-1");
        using var chloe = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Chloe);
        using var priya = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Priya);

        await DoneAsync(chloe, orderId, "pick", new() { ["token"] = "pick-1" });
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        using var noCarrier = await SubmitAsync(chloe, orderId, "parcel", new() { ["parcel.trackingNumber"] = "PG-P1" });
        var noCarrierPage = await noCarrier.Content.ReadAsStringAsync();
        using var notANumber = await SubmitAsync(chloe, orderId, "parcel", new() { ["parcel.carrier"] = "DHL", ["parcel.trackingNumber"] = "PG-P1", ["parcel.lines[0].quantity"] = "two" });
        await DoneAsync(chloe, orderId, "parcel", new() { ["parcel.carrier"] = "DHL", ["parcel.trackingNumber"] = "PG-P1", ["parcel.lines[0].quantity"] = "2" });
        await WaitForAsync(orderId, "PartiallyShipped");
        await DoneAsync(chloe, orderId, "parcel", new() { ["parcel.carrier"] = "UPS", ["parcel.trackingNumber"] = "PG-P2" });
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced", "Shipped");
        await DoneAsync(chloe, orderId, "delivery", new() { ["delivery.trackingNumber"] = "" });
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");
        using var badAmount = await SubmitAsync(priya, orderId, "payment", new() { ["payment.amount"] = "-5", ["token"] = "pay-0" });
        await DoneAsync(priya, orderId, "payment", new() { ["payment.amount"] = "9.50", ["token"] = "pay-1" });
        await DoneAsync(priya, orderId, "payment", new() { ["payment.amount"] = "9.50", ["token"] = "pay-1" });
        await WaitForAsync(orderId, "PartiallyPaid");
        await DoneAsync(priya, orderId, "payment", new() { ["payment.reference"] = "BANK-PG-2", ["token"] = "pay-2" });
        var done = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        var page = await chloe.Http.GetStringAsync(PagePath(orderId));

        Assert.Equal(HttpStatusCode.BadRequest, noCarrier.StatusCode);
        Assert.Contains("<p class=\"error\" id=\"f-parcel-carrier-error\">The carrier&#39;s name is required.</p>", noCarrierPage, StringComparison.Ordinal);
        Assert.Contains("value=\"PG-P1\"", noCarrierPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Contains("id=\"f-parcel-lines-0--quantity-error\">Enter a whole number", await notANumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badAmount.StatusCode);
        Assert.Contains("id=\"f-payment-amount-error\">The amount must be a positive decimal in EUR", await badAmount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Chloe Rivera", "Chloe Rivera", "Chloe Rivera"], new[] { "Fulfilled", "Shipped", "Delivered" }.Select(s => ByName(done, s)));
        Assert.Equal(
            ["pay-1 9.50 Priya Shah", "BANK-PG-2 50.00 Priya Shah"],
            done.GetProperty("payments").EnumerateArray().Select(p => $"{p.GetProperty("reference").GetString()} {p.GetProperty("amount").GetString()} {p.GetProperty("by").GetProperty("name").GetString()}"));
        Assert.Equal(
            ["DHL PG-P1: PG-SHIP-1-CUP ×2", "UPS PG-P2: PG-SHIP-1-CUP ×1, PG-SHIP-1-MUG ×1"],
            done.GetProperty("shipments").EnumerateArray().Select(s => $"{s.GetProperty("carrier").GetString()} {s.GetProperty("trackingNumber").GetString()}: {string.Join(", ", s.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("sku").GetString()} ×{l.GetProperty("quantity").GetInt32()}"))}"));
        Assert.Contains("<th scope=\"row\">PG-P2</th><td>UPS</td><td>Delivered</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_FromThePage_NamesChloe_AgainIs409WithTheReason_CrossSiteIs403()
    {
        var orderId = await ReservedOrderAsync("PG-CANCEL-1");
        using var chloe = await StaffBrowser.SignedInAsync(Base, StaffBrowser.Chloe);

        using var crossSite = await SubmitAsync(chloe, orderId, "cancel", new() { ["cancel.reason"] = "forged" }, origin: "https://evil.example");
        await DoneAsync(chloe, orderId, "cancel", new() { ["cancel.reason"] = "customer phoned" });
        var cancelled = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");
        using var again = await SubmitAsync(chloe, orderId, "cancel", new());

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(("Chloe Rivera", "customer phoned"), (ByName(cancelled, "Cancelled"), Entries(cancelled, "Cancelled").Single().GetProperty("detail").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("role=\"alert\">The order is Cancelled: it does not take cancel events now.</p>", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
