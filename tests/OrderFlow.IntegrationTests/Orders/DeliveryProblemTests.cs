using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.Functions.Pages.Orders;
using OrderFlow.IntegrationTests.Access;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.Fixtures.DemoStaff;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// A carrier (with the host key) or operations report a delivery problem with a parcel in transit: the order is
/// flagged, operations are emailed once, and the parcel's delivery or a note from operations clears it.
/// </summary>
[Collection(SharedApps.ManualFulfilment)]
public class DeliveryProblemTests(ManualProductApp app)
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    /// <summary>An order of its own, picked and shipped in one parcel (tracking number <c>{externalId}-T</c>).</summary>
    async Task<string> ShippedAsync(string externalId)
    {
        var orderId = await ReservedAsync(externalId);
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/fulfilment", new { reference = "pick" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/shipments", new { carrier = "DHL", trackingNumber = externalId + "-T" })).StatusCode);
        await WaitForEntryAsync(orderId, "Shipped");
        return orderId;
    }

    async Task<string> ReservedAsync(string externalId)
    {
        var sku = externalId + "-CUP";
        await OrderApi.SeedProductAsync(app.Http, sku);
        await OrderApi.SeedCustomerAsync(app.Http, "c-" + externalId);
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order(externalId, "c-" + externalId, sku));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        return orderId;
    }

    Task<JsonElement> WaitForEntryAsync(string orderId, string stage) =>
        Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => Entries(o, stage).Any(),
            Wait,
            $"{stage} on order {orderId}");

    Task<HttpResponseMessage> ReportAsync(string orderId, object body) => app.Http.PostAsJsonAsync($"api/orders/{orderId}/delivery-problems", body);

    Task<HttpResponseMessage> ResolveAsync(string orderId, object body) => app.Http.PostAsJsonAsync($"api/orders/{orderId}/delivery-problems/resolve", body);

    static IEnumerable<JsonElement> Entries(JsonElement order, string stage) =>
        order.GetProperty("timeline").EnumerateArray().Where(t => t.GetProperty("stage").GetString() == stage);

    static string? By(JsonElement entry) => entry.GetProperty("by").GetProperty("name").GetString();

    static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }

    static async Task<string?> TitleAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();

    [Fact]
    public async Task Report_CarrierWithTheKey_FlaggedOnceInItsName_OneEmail_NoRetry_TheDeliveryClearsIt()
    {
        var orderId = await ShippedAsync("PO-DP-KEY");

        using var reported = await ReportAsync(orderId, new { trackingNumber = "PO-DP-KEY-T", problem = "Parcel damaged in transit." });
        using var repeated = await ReportAsync(orderId, new { trackingNumber = "PO-DP-KEY-T", problem = "Parcel damaged in transit." });
        using var retry = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/retry", new { });
        var flagged = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        var listed = await app.Http.GetFromJsonAsync<JsonElement>("api/orders?attention=true&pageSize=100");
        var alert = (await WaitForAsync(Operations, "Order PO-DP-KEY has a delivery problem"))[0];
        await OutboxDrain.WaitAsync(app.Names);
        var alerts = await MailsAsync(Operations, "Order PO-DP-KEY has a delivery problem");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reported.StatusCode, repeated.StatusCode));
        Assert.Equal(orderId, (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString());
        Assert.Equal("Delivery problem: DHL PO-DP-KEY-T: Parcel damaged in transit.", flagged.GetProperty("attention").GetString());
        Assert.Equal("DeliveryProblem", flagged.GetProperty("flaggedFor").GetString());
        Assert.Equal("integration", By(Assert.Single(Entries(flagged, "DeliveryProblem"))));
        Assert.Equal("Parcel damaged in transit.", flagged.GetProperty("shipments")[0].GetProperty("problem").GetString());
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Contains(orderId, listed.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
        Assert.Single(alerts);
        Assert.Contains("DHL PO-DP-KEY-T: Parcel damaged in transit.", alert.Text, StringComparison.Ordinal);
        Assert.Contains($"/orders/{orderId}", alert.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/delivery", new { trackingNumber = "PO-DP-KEY-T" })).StatusCode);
        var delivered = await WaitForEntryAsync(orderId, "DeliveryProblemResolved");

        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("attention").ValueKind);
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("flaggedFor").ValueKind);
        Assert.Equal("DHL PO-DP-KEY-T delivered.", Assert.Single(Entries(delivered, "DeliveryProblemResolved")).GetProperty("detail").GetString());
        Assert.Equal("Completed", delivered.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReportAndResolve_BadInput_ProblemJsonNamingTheField_WrongStage409_UnknownOrder404()
    {
        var shipped = await ShippedAsync("PO-DP-BAD");
        var reserved = await ReservedAsync("PO-DP-BAD2");

        using var empty = await ReportAsync(shipped, new { });
        using var tooLong = await ReportAsync(shipped, new { trackingNumber = "PO-DP-BAD-T", problem = new string('x', 501) });
        using var unknownParcel = await ReportAsync(shipped, new { trackingNumber = "NOPE-1", problem = "Lost." });
        using var notShipped = await ReportAsync(reserved, new { trackingNumber = "NOPE-1", problem = "Lost." });
        using var unknownOrder = await ReportAsync("no-such-order", new { trackingNumber = "NOPE-1", problem = "Lost." });
        using var noNote = await ResolveAsync(shipped, new { note = " " });
        using var nothingOpen = await ResolveAsync(shipped, new { note = "Redelivery booked." });

        Assert.Equal(["problem", "trackingNumber"], (await ErrorFieldsAsync(empty)).Order());
        Assert.Equal(["problem"], await ErrorFieldsAsync(tooLong));
        Assert.Equal(["trackingNumber"], await ErrorFieldsAsync(unknownParcel));
        Assert.Equal((HttpStatusCode.Conflict, "The order is Reserved: it does not take delivery problems now."), (notShipped.StatusCode, await TitleAsync(notShipped)));
        Assert.Equal(HttpStatusCode.NotFound, unknownOrder.StatusCode);
        Assert.Equal(["note"], await ErrorFieldsAsync(noNote));
        Assert.Equal((HttpStatusCode.Conflict, OrderRecord.NoDeliveryProblem), (nothingOpen.StatusCode, await TitleAsync(nothingOpen)));
        Assert.Equal(JsonValueKind.Null, (await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{shipped}")).GetProperty("attention").ValueKind);
    }

    [Fact]
    public async Task OrderPage_OperationsReportThenResolveWithANote_TwiceEach_OnceInTheirName_TheWorkQueueShowsItMeanwhile()
    {
        var orderId = await ShippedAsync("PO-DP-PAGE");
        using var chloe = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Chloe);
        using var priya = await StaffBrowser.SignedInAsync(app.Http.BaseAddress!, StaffBrowser.Priya);
        var page = await chloe.Http.GetStringAsync($"orders/{orderId}");
        var financePage = await priya.Http.GetStringAsync($"orders/{orderId}");
        var report = new Dictionary<string, string> { ["delivery-problem.trackingNumber"] = "PO-DP-PAGE-T", ["delivery-problem.problem"] = "Address unknown.", ["token"] = "dp-1" };

        using var blank = await SubmitAsync(chloe, orderId, "delivery-problem", new() { ["delivery-problem.trackingNumber"] = "PO-DP-PAGE-T", ["delivery-problem.problem"] = "" });
        var blankPage = await blank.Content.ReadAsStringAsync();
        using var first = await SubmitAsync(chloe, orderId, "delivery-problem", report);
        using var second = await SubmitAsync(chloe, orderId, "delivery-problem", report);
        var flaggedPage = await chloe.Http.GetStringAsync(first.Headers.Location!.OriginalString);
        var queue = await chloe.Http.GetStringAsync("work");
        var note = new Dictionary<string, string> { ["delivery-problem-resolve.note"] = "Address confirmed by phone, redelivery booked for Friday.", ["token"] = "dp-2" };
        using var resolved = await SubmitAsync(chloe, orderId, "delivery-problem-resolve", note);
        using var resolvedAgain = await SubmitAsync(chloe, orderId, "delivery-problem-resolve", note);
        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");

        Assert.Contains($"action=\"/orders/{orderId}/delivery-problem\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PO-DP-PAGE-T\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/orders/{orderId}/delivery-problem-resolve\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("delivery-problem", financePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Say what the problem is", blankPage, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.SeeOther, $"/orders/{orderId}?notice=delivery-problem"), (first.StatusCode, first.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Contains($"role=\"status\">{OrderActionKind.Find("delivery-problem")!.Notice}</p>", flaggedPage, StringComparison.Ordinal);
        Assert.Contains($"action=\"/orders/{orderId}/delivery-problem-resolve\"", flaggedPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/orders/{orderId}/retry\"", flaggedPage, StringComparison.Ordinal);
        Assert.Contains("Delivery problem: DHL PO-DP-PAGE-T: Address unknown.", PageHtml.RowOf(PageHtml.Section(queue, "work-needsattention"), orderId), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.SeeOther), (resolved.StatusCode, resolvedAgain.StatusCode));
        Assert.Equal("Chloe Rivera", By(Assert.Single(Entries(order, "DeliveryProblem"))));
        var resolution = Assert.Single(Entries(order, "DeliveryProblemResolved"));
        Assert.Equal(("Address confirmed by phone, redelivery booked for Friday.", "Chloe Rivera"), (resolution.GetProperty("detail").GetString(), By(resolution)));
        Assert.Equal(JsonValueKind.Null, order.GetProperty("attention").ValueKind);
        Assert.DoesNotContain(orderId, await chloe.Http.GetStringAsync("work"), StringComparison.Ordinal);
    }

    static async Task<HttpResponseMessage> SubmitAsync(StaffBrowser browser, string orderId, string action, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{OrderPage.PathOf(OrderId.Parse(orderId))}/{action}") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.OwnOrigin);
        return await browser.Http.SendAsync(request);
    }
}
