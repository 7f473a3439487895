using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>An order as it went in: its ID, and the time to the answer for an HTTP channel (a queued order has none).</summary>
sealed record SentOrder(SoakOrder Order, string OrderId, double? IntakeMs);

/// <summary>
/// Sends each soak order through its channel as that channel's sender does: Shopify and WooCommerce webhooks signed
/// with DevHost's demo secrets from its demo shops, the generic webhook's signature header, POST /api/orders with the
/// host key, or a message on the intake queue.
/// </summary>
sealed class SoakIntake(HttpClient api, QueueClient intakeQueue)
{
    const string ShopifySecret = "shopify-demo-secret";
    const string ShopifyShop = "orderflow-demo.myshopify.com";
    const string WooSecret = "woocommerce-demo-secret";
    const string WooSource = "https://shop.orderflow.local/";
    const string GenericSecret = "generic-demo-secret";
    public const string IntakeQueue = "order-intake";

    /// <summary>Sends the order; an answer other than 202 Accepted throws, naming the status and body.</summary>
    public async Task<SentOrder> SendAsync(SoakOrder order)
    {
        if (order.Channel == OrderChannel.Queue)
        {
            await intakeQueue.SendMessageAsync(JsonSerializer.Serialize(Canonical(order)));
            return new SentOrder(order, OrderIds.From(OrderChannels.Queue, OrderChannels.QueueShop, order.ExternalId).Value, null);
        }
        using var request = Request(order);
        var watch = Stopwatch.StartNew();
        using var response = await api.SendAsync(request);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new HttpRequestException($"{order.Channel} order {order.Number}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var orderId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;
        return new SentOrder(order, orderId, elapsed);
    }

    static HttpRequestMessage Request(SoakOrder order) => order.Channel switch
    {
        OrderChannel.Shopify => Signed("api/webhooks/shopify", ShopifyBody(order.Number), body => [
            ("X-Shopify-Hmac-Sha256", Base64Hmac(ShopifySecret, body)), ("X-Shopify-Topic", "orders/create"),
            ("X-Shopify-Shop-Domain", ShopifyShop), ("X-Shopify-Webhook-Id", Guid.NewGuid().ToString())]),
        OrderChannel.WooCommerce => Signed("api/webhooks/woocommerce", WooBody(order.Number), body => [
            ("X-WC-Webhook-Signature", Base64Hmac(WooSecret, body)), ("X-WC-Webhook-Topic", "order.created"),
            ("X-WC-Webhook-Source", WooSource), ("X-WC-Webhook-Delivery-ID", Guid.NewGuid().ToString("N"))]),
        OrderChannel.Webhook => Signed("api/webhooks/orders", JsonSerializer.SerializeToUtf8Bytes(Canonical(order)), body => [
            ("OrderFlow-Signature", GenericSignature(body, DateTimeOffset.UtcNow))]),
        _ => new HttpRequestMessage(HttpMethod.Post, "api/orders") { Content = JsonContent.Create(Canonical(order)) },
    };

    static HttpRequestMessage Signed(string path, byte[] body, Func<byte[], (string Name, string Value)[]> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in headers(body))
        {
            request.Headers.Add(name, value);
        }
        return request;
    }

    static string Base64Hmac(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    static string GenericSignature(byte[] body, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        return $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(GenericSecret), signed))}";
    }

    /// <summary>Two SOAK-1 at 24.50, shipping 4.90 untaxed, 19 % on the goods: 63.21 paid at checkout.</summary>
    static byte[] ShopifyBody(int n) => Encoding.UTF8.GetBytes($$"""
        {"id":{{n}},"name":"#{{n}}","email":"shopper{{n % SoakCatalogue.Customers}}@example.test","currency":"EUR","financial_status":"paid",
         "total_price":"63.21","total_tax":"9.31","cancelled_at":null,
         "customer":{"first_name":"Soak","last_name":"Shopper","email":"shopper{{n % SoakCatalogue.Customers}}@example.test"},
         "line_items":[{"sku":"{{SoakCatalogue.Sku(1)}}","quantity":2,"price":"24.50","title":"Soak product 1"}],
         "shipping_lines":[{"price":"4.90"}],
         "shipping_address":{"address1":"Königsallee 5","city":"Düsseldorf","zip":"40212","country_code":"DE"} }
        """);

    /// <summary>One SOAK-1 at 24.50 with 4.66 tax and 4.90 shipping: 34.06, paid (processing).</summary>
    static byte[] WooBody(int n) => Encoding.UTF8.GetBytes($$"""
        {"id":{{n}},"status":"processing","currency":"EUR","date_paid":"2026-11-27T10:00:00","shipping_total":"4.90","total":"34.06",
         "billing":{"first_name":"Soak","last_name":"Buyer","email":"woo{{n % SoakCatalogue.Customers}}@example.test"},
         "shipping":{"address_1":"Rue de Rivoli 1","city":"Paris","postcode":"75001","country":"FR"},
         "line_items":[{"sku":"{{SoakCatalogue.Sku(1)}}","quantity":1,"price":24.5,"subtotal":"24.50","total":"24.50","total_tax":"4.66"}]}
        """);

    /// <summary>One or two lines at catalogue prices (the generic webhook's shop charges them; the others are priced so too), for a seeded customer.</summary>
    static object Canonical(SoakOrder order)
    {
        var n = order.Number;
        var skus = n % 2 == 0 ? new[] { n % SoakCatalogue.Skus + 1, (n + 1) % SoakCatalogue.Skus + 1 } : [n % SoakCatalogue.Skus + 1];
        return new
        {
            externalId = order.ExternalId,
            customerId = SoakCatalogue.Customer(n),
            currency = "EUR",
            lines = skus.Select(k => new { sku = SoakCatalogue.Sku(k), quantity = 1, unitPrice = SoakCatalogue.Price(k) }).ToArray(),
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            shippingCost = "4.90",
            paid = order.Paid,
        };
    }
}
