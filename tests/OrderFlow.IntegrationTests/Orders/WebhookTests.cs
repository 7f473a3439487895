using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Signed webhooks as the shops send them; the secrets are DevHost's printed demo values.</summary>
[Collection(SharedApps.OrderChannels)]
public class WebhookTests(ProductApp app)
{
    const string ShopifySecret = ShopWebhooks.ShopifySecret;
    const string Shop = ShopWebhooks.Shop;

    static string ShopifyOrder(long id, string financialStatus) => ShopWebhooks.ShopifyOrder(id, financialStatus);

    static string Base64Hmac(string secret, byte[] body) => ShopWebhooks.Base64Hmac(secret, body);

    Task<HttpResponseMessage> PostShopifyAsync(byte[] body, string topic, string signature) => ShopWebhooks.PostShopifyAsync(app.Http, body, topic, signature);

    async Task AssertNotStoredAsync(string source, string shop, string externalId) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From(source, shop, externalId)}")).StatusCode);

    [Fact]
    public async Task Shopify_SignedCreate_OrderCompletesForMatchedCustomer()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var body = Encoding.UTF8.GetBytes(ShopifyOrder(820982911946154508, "paid"));

        var response = await PostShopifyAsync(body, "orders/create", Base64Hmac(ShopifySecret, body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal("63.21", order.GetProperty("totals").GetProperty("gross").GetString());
        var orders = app.Server.Services.GetRequiredService<OrderBook>();
        Assert.Equal(body, await orders.ReadPayloadAsync(OrderId.Parse(orderId), CancellationToken.None));
    }

    [Fact]
    public async Task OrderTooLargeForItsRow_PayloadKeptInABlob_OrderCompletes()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-BIG");
        await OrderApi.SeedCustomerAsync(app.Http, "c-big");

        var orderId = await OrderApi.PostAsync(app.Http, new
        {
            externalId = "PO-BIG-1",
            customerId = "c-big",
            currency = "EUR",
            lines = new[] { new { sku = "HOOK-BIG", quantity = 1, unitPrice = "24.50" } },
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            shippingCost = "4.90",
            paid = true,
            giftMessage = new string('x', OrderBook.LargestPayloadInRow + 1000),
        });
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Null(await app.Server.Services.GetRequiredService<OrderBook>().ReadPayloadAsync(OrderId.Parse(orderId), CancellationToken.None));
        Assert.Single(await app.Server.Services.GetRequiredService<OrderPayloadStore>().ListAsync(orderId, CancellationToken.None));
    }

    [Fact]
    public async Task Shopify_ReserializedBodyOrWrongSecret_401AndNothingStored()
    {
        var original = ShopifyOrder(1001, "paid");
        var body = Encoding.UTF8.GetBytes(original);
        var reserialized = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(original).RootElement));

        var tampered = await PostShopifyAsync(reserialized, "orders/create", Base64Hmac(ShopifySecret, body));
        var wrongSecret = await PostShopifyAsync(body, "orders/create", Base64Hmac("not-the-secret", body));
        var missing = await PostShopifyAsync(body, "orders/create", "");

        Assert.All([tampered, wrongSecret, missing], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Empty(await tampered.Content.ReadAsByteArrayAsync());
        await AssertNotStoredAsync("shopify", Shop, "1001");
    }

    [Fact]
    public async Task Shopify_PaidArrivesBeforeCreate_AppliedWhenTheOrderStarts()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var paid = Encoding.UTF8.GetBytes(ShopifyOrder(2002, "paid"));
        var create = Encoding.UTF8.GetBytes(ShopifyOrder(2002, "pending"));

        Assert.Equal(HttpStatusCode.Accepted, (await PostShopifyAsync(paid, "orders/paid", Base64Hmac(ShopifySecret, paid))).StatusCode);
        var response = await PostShopifyAsync(create, "orders/create", Base64Hmac(ShopifySecret, create));
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed");

        Assert.True(order.GetProperty("paid").GetBoolean());
        Assert.Contains(order.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("stage").GetString() == "Paid");
    }

    [Fact]
    public async Task Shopify_PaidAfterAPartPaymentHere_PaysTheRestAndARepeatIsIgnored()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var create = Encoding.UTF8.GetBytes(ShopifyOrder(2003, "pending"));
        var paid = Encoding.UTF8.GetBytes(ShopifyOrder(2003, "paid"));
        var response = await PostShopifyAsync(create, "orders/create", Base64Hmac(ShopifySecret, create));
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");

        var partPayment = await app.Http.PostAsJsonAsync($"api/orders/{orderId}/payments", new { reference = "TILL-7", amount = "10.00" });
        var shopPaid = await PostShopifyAsync(paid, "orders/paid", Base64Hmac(ShopifySecret, paid));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        var repeat = await PostShopifyAsync(paid, "orders/paid", Base64Hmac(ShopifySecret, paid));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted], [partPayment.StatusCode, shopPaid.StatusCode]);
        Assert.Equal(orderId, (await shopPaid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString());
        var payments = order.GetProperty("payments").EnumerateArray().Select(p => (p.GetProperty("reference").GetString(), p.GetProperty("amount").GetString()));
        Assert.Equal([("TILL-7", "10.00"), ("shopify:paid", "53.21")], payments);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(OrderFlow.Core.Orders.OrderRecord.PaidInFull, (await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ignored").GetString());
    }

    [Fact]
    public async Task PaymentClaimedWhileTheShopsPaidOvertakesIt_OrderCompletesAndOwesThatPaymentBack()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var create = Encoding.UTF8.GetBytes(ShopifyOrder(2004, "pending"));
        var response = await PostShopifyAsync(create, "orders/create", Base64Hmac(ShopifySecret, create));
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");

        // What the race leaves: a payment claimed here whose event is still on its way, and the shop's "paid" (kept
        // before the order was priced, so it names no amount) reaching the workflow first.
        var services = app.Server.Services;
        await services.GetRequiredService<OrderBook>().ApplyAsync(OrderId.Parse(orderId), r => r.ClaimPayment("TILL-9", new Money(1000, Currency.Parse("EUR"))), CancellationToken.None);
        await services.GetRequiredService<DurableTaskClient>().RaiseEventAsync(orderId, OrderEvents.Payment, new PaymentEvent("shopify:paid"));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");

        var payments = order.GetProperty("payments").EnumerateArray().Select(p => (p.GetProperty("reference").GetString(), p.GetProperty("amount").GetString()));
        Assert.Equal([("shopify:paid", "63.21"), ("TILL-9", "10.00")], payments);
        Assert.Equal("Refund due: 10.00 EUR came in (TILL-9) that the order did not take: it is Completed.", order.GetProperty("attention").GetString());
    }

    [Fact]
    public async Task WooCommerce_PingThenSignedCreate_PingAnsweredAndOrderCompletes()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var ping = await app.Http.PostAsync("api/webhooks/woocommerce", new FormUrlEncodedContent([new("webhook_id", "7")]));
        var body = Encoding.UTF8.GetBytes("""
            {"id":5150,"status":"processing","currency":"EUR","date_paid":"2026-11-27T10:00:00","shipping_total":"4.90","total":"34.06",
             "billing":{"first_name":"Zoë","last_name":"Brontë","email":"zoe@example.test"},
             "shipping":{"address_1":"Rue de Rivoli 1","city":"Paris","postcode":"75001","country":"FR"},
             "line_items":[{"sku":"HOOK-1","quantity":1,"price":24.5,"subtotal":"24.50","total":"24.50","total_tax":"4.66"}]}
            """);

        var response = await ShopWebhooks.PostWooCommerceAsync(app.Http, body, "order.created");

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Generic_SignedThenReplayed_OneOrderAndStaleSignatureRefused()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-generic");
        var body = JsonSerializer.SerializeToUtf8Bytes(OrderApi.Order("CRM-77", "c-generic", "HOOK-1"));

        var first = await ShopWebhooks.PostGenericAsync(app.Http, body, DateTimeOffset.UtcNow);
        var replay = await ShopWebhooks.PostGenericAsync(app.Http, body, DateTimeOffset.UtcNow);
        var stale = await ShopWebhooks.PostGenericAsync(app.Http, JsonSerializer.SerializeToUtf8Bytes(OrderApi.Order("CRM-78", "c-generic", "HOOK-1")), DateTimeOffset.UtcNow.AddSeconds(-301));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        await AssertNotStoredAsync("webhook", "generic", "CRM-78");
    }
}
