using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Manual mode: the warehouse picks in parts, ships two parcels, the carrier delivers each, the customer pays in two goes.</summary>
[Collection(SharedApps.ManualFulfilment)]
public class SplitShipmentTests(ManualProductApp app)
{
    async Task<HttpResponseMessage> EventAsync(string orderId, string kind, object body) =>
        await app.Http.PostAsJsonAsync($"api/orders/{orderId}/{kind}", body);

    async Task<string> TwoLineOrderAsync(string externalId)
    {
        var orderId = await OrderApi.PostTwoLineOrderAsync(app.Http, externalId, "c-split", taxRate: "0.00");
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        return orderId;
    }

    static async Task<Dictionary<string, string[]>> FieldErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    Task<JsonElement> WaitForTimelineAsync(string orderId, string stage, int count = 1) =>
        Fixtures.Eventually.WaitForAsync(
            () => app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => o.GetProperty("timeline").EnumerateArray().Count(t => t.GetProperty("stage").GetString() == stage) >= count,
            TimeSpan.FromSeconds(90),
            $"{count} × {stage} on order {orderId}");

    [Fact]
    public async Task PartialPicks_TwoParcels_TwoDeliveries_TwoPayments_Completed()
    {
        var orderId = await TwoLineOrderAsync("PO-SPLIT-1");
        var cup = "PO-SPLIT-1-CUP";
        var mug = "PO-SPLIT-1-MUG";
        // CUP ×3 and MUG ×1: CUP is picked one unit at a time (one message repeated), a parcel leaves with the two
        // picked, then the rest is picked and goes in the second parcel.

        var firstPick = new { reference = "pick-1", lines = new[] { new { sku = cup, quantity = 1 } } };
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment", firstPick)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment", firstPick)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment", new { reference = "pick-2", lines = new[] { new { sku = cup, quantity = 1 } } })).StatusCode);
        var partlyPicked = await WaitForTimelineAsync(orderId, "PartiallyFulfilled", count: 2);
        Assert.Equal("Reserved", partlyPicked.GetProperty("status").GetString());
        Assert.Equal(2, partlyPicked.GetProperty("lines")[0].GetProperty("picked").GetInt32());
        var tooMany = await FieldErrorsAsync(await EventAsync(orderId, "fulfilment", new { lines = new[] { new { sku = cup, quantity = 2 } } }));
        Assert.Contains("only 1 left to pick", tooMany["lines"][0], StringComparison.Ordinal);
        Assert.Equal((10, 3), await StockAsync(cup));

        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "P1" })).StatusCode);
        var firstParcel = await WaitForTimelineAsync(orderId, "PartiallyShipped");
        Assert.Equal(2, firstParcel.GetProperty("lines")[0].GetProperty("shipped").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await EventAsync(orderId, "cancel", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "P2" })).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "fulfilment", new { reference = "pick-3" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Fulfilled");
        Assert.Contains("trackingNumber", (await FieldErrorsAsync(await EventAsync(orderId, "shipments", new { carrier = "DHL", trackingNumber = "P1" }))).Keys);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "shipments", new { carrier = "UPS", trackingNumber = "P2" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Invoiced");

        Assert.Contains("trackingNumber", (await FieldErrorsAsync(await EventAsync(orderId, "delivery", new { trackingNumber = "NOPE" }))).Keys);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "delivery", new { trackingNumber = "P1" })).StatusCode);
        var oneDelivered = await WaitForTimelineAsync(orderId, "PartiallyDelivered");
        Assert.Equal(["Delivered", "InTransit"], oneDelivered.GetProperty("shipments").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "delivery", new { trackingNumber = "P2" })).StatusCode);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");

        Assert.Contains("amount", (await FieldErrorsAsync(await EventAsync(orderId, "payments", new { amount = "-5" }))).Keys);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "BANK-1", amount = "20.00" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "BANK-1", amount = "20.00" })).StatusCode);
        await WaitForTimelineAsync(orderId, "PartiallyPaid");
        Assert.Equal(HttpStatusCode.Accepted, (await EventAsync(orderId, "payments", new { reference = "BANK-2" })).StatusCode);
        var done = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        Assert.Equal(["BANK-1:20.00", "BANK-2:30.00"], done.GetProperty("payments").EnumerateArray().Select(p => $"{p.GetProperty("reference").GetString()}:{p.GetProperty("amount").GetString()}"));
        Assert.Equal(
            ["DHL P1: PO-SPLIT-1-CUP ×2", "UPS P2: PO-SPLIT-1-CUP ×1, PO-SPLIT-1-MUG ×1"],
            done.GetProperty("shipments").EnumerateArray().Select(s => $"{s.GetProperty("carrier").GetString()} {s.GetProperty("trackingNumber").GetString()}: {string.Join(", ", s.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("sku").GetString()} ×{l.GetProperty("quantity").GetInt32()}"))}"));
        Assert.Equal((7, 0), await StockAsync(cup));
        Assert.Equal((9, 0), await StockAsync(mug));
    }

    [Fact]
    public async Task Pick_UnknownSkuAndZeroQuantity_400NamingEachLine()
    {
        var orderId = await TwoLineOrderAsync("PO-SPLIT-2");

        var errors = await FieldErrorsAsync(await EventAsync(orderId, "fulfilment", new { lines = new object[] { new { sku = "TEA", quantity = 1 }, new { sku = "PO-SPLIT-2-CUP", quantity = 0 } } }));

        Assert.Equal(["lines[0].sku", "lines[1].quantity"], errors.Keys.Order(StringComparer.Ordinal));
        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        Assert.All(order.GetProperty("lines").EnumerateArray(), l => Assert.Equal(0, l.GetProperty("picked").GetInt32()));
    }

    async Task<(int OnHand, int Reserved)> StockAsync(string sku)
    {
        var stock = await OrderApi.StockAsync(app.Http, sku);
        return (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32());
    }
}
