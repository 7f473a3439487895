using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;
using static OrderFlow.IntegrationTests.Orders.ShopWebhooks;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>
/// Captured deliveries, validly signed, sent again with other headers: under another topic, from another shop, or
/// as they were. None may change an order's meaning.
/// </summary>
[Collection(SharedApps.OrderFlows)]
public class WebhookReplayTests(ProductApp app)
{
    async Task<string> CreateAsync(byte[] body)
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var response = await PostShopifyAsync(app.Http, body, "orders/create");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
    }

    static async Task<string> IgnoredAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ignored").GetString()!;
    }

    [Fact]
    public async Task Shopify_UnpaidCreateReplayedAsPaid_IgnoredAndTheOrderWaitsForPayment()
    {
        var create = Encoding.UTF8.GetBytes(ShopifyOrder(3001, "pending"));
        var orderId = await CreateAsync(create);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");

        var replay = await PostShopifyAsync(app.Http, create, "orders/paid");

        Assert.Contains("financial_status is 'pending'", await IgnoredAsync(replay), StringComparison.Ordinal);
        var order = await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}");
        Assert.Equal("Delivered", order.GetProperty("status").GetString());
        Assert.Empty(order.GetProperty("payments").EnumerateArray());
    }

    [Fact]
    public async Task Shopify_CreateReplayedAsCancelled_IgnoredAndTheOrderCompletes()
    {
        var create = Encoding.UTF8.GetBytes(ShopifyOrder(3002, "paid"));
        var orderId = await CreateAsync(create);

        var replay = await PostShopifyAsync(app.Http, create, "orders/cancelled");

        Assert.Contains("no cancelled_at", await IgnoredAsync(replay), StringComparison.Ordinal);
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Cancelled", "Rejected", "Failed")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Shopify_ValidSignatureFromAShopNotOnTheList_401AndNothingStored()
    {
        const string otherShop = "someone-else.myshopify.com";

        var response = await PostShopifyAsync(app.Http, Encoding.UTF8.GetBytes(ShopifyOrder(3003, "paid")), "orders/create", shop: otherShop);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("shopify", otherShop, "3003")}")).StatusCode);
    }

    [Fact]
    public async Task WooCommerce_ValidSignatureFromASiteNotOnTheList_401AndNothingStored()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":6001,"status":"processing","currency":"EUR","line_items":[{"sku":"HOOK-1","quantity":1,"price":24.5}]}""");

        var response = await PostWooCommerceAsync(app.Http, body, "order.created", source: "https://someone-else.example/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("woocommerce", "https://someone-else.example", "6001")}")).StatusCode);
    }

    [Fact]
    public async Task WooCommerce_CreatedReplayedAsDeleted_IgnoredAndTheOrderCompletes()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        var created = Encoding.UTF8.GetBytes("""
            {"id":6002,"status":"processing","currency":"EUR","date_paid":"2026-11-27T10:00:00","shipping_total":"4.90","total":"34.06",
             "billing":{"first_name":"Zoë","last_name":"Brontë","email":"zoe@example.test"},
             "shipping":{"address_1":"Rue de Rivoli 1","city":"Paris","postcode":"75001","country":"FR"},
             "line_items":[{"sku":"HOOK-1","quantity":1,"price":24.5,"subtotal":"24.50","total":"24.50","total_tax":"4.66"}]}
            """);
        var response = await PostWooCommerceAsync(app.Http, created, "order.created");
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;

        var replay = await PostWooCommerceAsync(app.Http, created, "order.deleted");

        Assert.Contains("status is 'processing'", await IgnoredAsync(replay), StringComparison.Ordinal);
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Cancelled", "Rejected", "Failed")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Shopify_SameDeliveryTwice_SecondAnswered200DuplicateAndChangesNothing()
    {
        var orderId = await CreateAsync(Encoding.UTF8.GetBytes(ShopifyOrder(3004, "pending")));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Delivered");
        var paid = Encoding.UTF8.GetBytes(ShopifyOrder(3004, "paid"));
        var webhookId = Guid.NewGuid().ToString();

        var first = await PostShopifyAsync(app.Http, paid, "orders/paid", webhookId: webhookId);
        var repeat = await PostShopifyAsync(app.Http, paid, "orders/paid", webhookId: webhookId);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True((await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
        Assert.Single(order.GetProperty("payments").EnumerateArray());
    }

    [Fact]
    public async Task Shopify_DeliveryAnsweredWithAnError_HandledAgainWhenRetried()
    {
        var unreadable = Encoding.UTF8.GetBytes("""{"id":3005,"currency":"EUR"}""");
        var webhookId = Guid.NewGuid().ToString();

        var first = await PostShopifyAsync(app.Http, unreadable, "orders/create", webhookId: webhookId);
        var retry = await PostShopifyAsync(app.Http, unreadable, "orders/create", webhookId: webhookId);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [first.StatusCode, retry.StatusCode]);
    }
}
