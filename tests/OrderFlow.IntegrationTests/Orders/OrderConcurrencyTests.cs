using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderFlows)]
public class OrderConcurrencyTests(ProductApp app)
{
    [Fact]
    public async Task TenConcurrentDeliveries_OneOrderOneReservationOneInvoice()
    {
        await OrderApi.SeedProductAsync(app.Http, "DUP-1", onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-dup");
        var order = OrderApi.Order("PO-DUP-1", "c-dup", "DUP-1", quantity: 3);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Http.PostAsJsonAsync("api/orders", order)));

        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<JsonElement>()));
        var orderId = Assert.Single(bodies.Select(b => b.GetProperty("orderId").GetString()).Distinct());
        Assert.Single(answers, a => a.StatusCode == System.Net.HttpStatusCode.Accepted);
        var completed = await OrderApi.WaitForStatusAsync(app.Http, orderId!, "Completed", "Rejected", "Failed");
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(7, (await OrderApi.StockAsync(app.Http, "DUP-1")).GetProperty("onHand").GetInt32());
        await MailCatcher.WaitForAsync("c-dup@example.test", 3);
        await OutboxDrain.WaitAsync(app.Names);
        Assert.Equal(3, (await MailCatcher.MessagesToAsync("c-dup@example.test")).Count);
    }

    [Fact]
    public async Task FiftyOrdersForTwentyUnits_ExactlyTwentyReservedRestBackordered()
    {
        await OrderApi.SeedProductAsync(app.Http, "LAST-1", onHand: 20);
        await OrderApi.SeedCustomerAsync(app.Http, "c-rush");

        var orderIds = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => OrderApi.PostAsync(app.Http, OrderApi.Order($"PO-RUSH-{i}", "c-rush", "LAST-1", quantity: 1))));
        var finals = await OrderApi.WaitForEachAsync(app.Http, orderIds, TimeSpan.FromSeconds(90), "Completed", "Backordered", "Rejected", "Failed");

        var byStatus = finals.GroupBy(o => o.GetProperty("status").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(20, byStatus.GetValueOrDefault("Completed"));
        Assert.Equal(30, byStatus.GetValueOrDefault("Backordered"));
        var stock = await OrderApi.StockAsync(app.Http, "LAST-1");
        Assert.Equal((0, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
    }
}

[Collection(SharedApps.OrderFlows)]
public class MultiSkuBackorderTests(ProductApp app)
{
    [Fact]
    public async Task OneOfTwoSkusShort_ThatSkuRestocked_OrderReservesBothAndCompletes()
    {
        await OrderApi.SeedProductAsync(app.Http, "PAIR-A", onHand: 5);
        await OrderApi.SeedProductAsync(app.Http, "PAIR-B", onHand: 0);
        await OrderApi.SeedCustomerAsync(app.Http, "c-pair");
        var order = new
        {
            externalId = "PO-PAIR-1",
            customerId = "c-pair",
            currency = "EUR",
            lines = new[] { new { sku = "PAIR-A", quantity = 2, unitPrice = "24.50" }, new { sku = "PAIR-B", quantity = 1, unitPrice = "24.50" } },
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            paid = true,
        };
        var orderId = await OrderApi.PostAsync(app.Http, order);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");
        Assert.Equal(0, (await OrderApi.StockAsync(app.Http, "PAIR-A")).GetProperty("reserved").GetInt32());

        (await app.Http.PutAsJsonAsync("api/inventory/PAIR-B/WH-A", new { onHand = 1, reorderPoint = 0 })).EnsureSuccessStatusCode();
        // Its own retry would come after 30 s; the restock wakes it well before.
        var completed = await OrderApi.WaitForStatusAsync(app.Http, orderId, TimeSpan.FromSeconds(20), "Completed");

        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal((3, 0), ((await OrderApi.StockAsync(app.Http, "PAIR-A")).GetProperty("onHand").GetInt32(), (await OrderApi.StockAsync(app.Http, "PAIR-B")).GetProperty("onHand").GetInt32()));
    }
}
