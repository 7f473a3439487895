using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderFlows)]
public class OrderLifecycleTests(ProductApp app)
{
    [Fact]
    public async Task PostOrder_PaidInStock_CompletesWithTotalsInvoiceAndStockTaken()
    {
        await OrderApi.SeedProductAsync(app.Http, "CUP-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-1");

        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-1001", "c-1", "CUP-1"));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        var totals = order.GetProperty("totals");
        // Shipping is taxed like the goods: 4.90 × 19 % = 0.931 → 0.93 on top of the goods' 9.31.
        Assert.Equal(["49.00", "10.24", "4.90", "64.14", "0.93"], new[] { "net", "tax", "shipping", "gross", "shippingTax" }.Select(t => totals.GetProperty(t).GetString()));
        Assert.Equal(
            ["Received", "Validated", "Reserved", "Fulfilled", "Shipped", "Invoiced", "Delivered", "Completed"],
            order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("stage").GetString()));
        Assert.Matches(@"^INV-\d{4}-\d{6}$", order.GetProperty("invoiceNumber").GetString()!);
        Assert.StartsWith("DEMO", order.GetProperty("shipments")[0].GetProperty("trackingNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("Delivered", order.GetProperty("shipments")[0].GetProperty("status").GetString());
        var stock = await OrderApi.StockAsync(app.Http, "CUP-1");
        Assert.Equal((18, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
        var emails = await MailCatcher.WaitForAsync("c-1@example.test", 3);
        Assert.Equal(
            ["Invoice " + order.GetProperty("invoiceNumber").GetString() + " for your order PO-1001", "Your order PO-1001 is confirmed", "Your order PO-1001 is on its way"],
            emails.Select(e => e.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reservations_DropBelowReorderPoint_OneLowStockEmail()
    {
        await OrderApi.SeedProductAsync(app.Http, "REORDER-1", onHand: 4);
        await OrderApi.SeedCustomerAsync(app.Http, "c-low");
        var alertsTo = "warehouse@orderflow.local";
        var before = (await MailCatcher.MessagesToAsync(alertsTo)).Count(m => m.Subject.Contains("REORDER-1", StringComparison.Ordinal));

        // Reorder point is 2: the first order leaves 2 (not below), the second 1, the third 0.
        foreach (var i in new[] { 1, 2, 3 })
        {
            var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order($"PO-REORDER-{i}", "c-low", "REORDER-1", quantity: i == 1 ? 2 : 1));
            await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        }

        var alerts = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync(alertsTo)).Count(m => m.Subject.Contains("REORDER-1", StringComparison.Ordinal)),
            n => n > before, TimeSpan.FromSeconds(30), "the low stock alert");
        await OutboxDrain.WaitAsync(app.Names);
        Assert.Equal(1, alerts - before);
        Assert.Equal(alerts, (await MailCatcher.MessagesToAsync(alertsTo)).Count(m => m.Subject.Contains("REORDER-1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostOrder_UnknownSkuAndWrongPrice_RejectedWithEveryReasonAndNothingReserved()
    {
        await OrderApi.SeedProductAsync(app.Http, "PLATE-1", price: "10.00");
        await OrderApi.SeedCustomerAsync(app.Http, "c-2");
        var order = new
        {
            externalId = "PO-2001",
            customerId = "c-2",
            currency = "EUR",
            lines = new[] { new { sku = "NO-SUCH-SKU", quantity = 1, unitPrice = "1.00" }, new { sku = "PLATE-1", quantity = 1, unitPrice = "9.00" } },
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            paid = true,
        };

        var orderId = await OrderApi.PostAsync(app.Http, order);
        var rejected = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Rejected", "Completed");

        var reasons = rejected.GetProperty("rejection").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("NO-SUCH-SKU", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("lines[1].priceOverrideReason: 9.00 is not the catalogue price (10.00 EUR)", StringComparison.Ordinal));
        Assert.Equal(0, (await OrderApi.StockAsync(app.Http, "PLATE-1")).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task PostOrder_SameBodyTwice_OneOrderSecondAnswerIsDuplicate()
    {
        await OrderApi.SeedProductAsync(app.Http, "MUG-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-3");
        var order = OrderApi.Order("PO-3001", "c-3", "MUG-1");

        var first = await app.Http.PostAsJsonAsync("api/orders", order);
        var second = await app.Http.PostAsJsonAsync("api/orders", order);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var duplicate = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString(), duplicate.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task PostOrder_IdempotencyKeyReusedWithOtherBody_Answers409()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(OrderApi.Order("PO-4001", "c-4", "MUG-1")) };
        first.Headers.Add("Idempotency-Key", "key-4001");
        using var second = new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(OrderApi.Order("PO-4002", "c-4", "MUG-1")) };
        second.Headers.Add("Idempotency-Key", "key-4001");

        var accepted = await app.Http.SendAsync(first);
        var conflict = await app.Http.SendAsync(second);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
    }
}
