using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>Shop webhooks as the shops send them, signed with DevHost's printed demo secrets, from its demo shops.</summary>
static class ShopWebhooks
{
    public const string ShopifySecret = "shopify-demo-secret";
    public const string WooSecret = "woocommerce-demo-secret";
    public const string Shop = "orderflow-demo.myshopify.com";
    public const string WooSource = "https://shop.orderflow.local/";
    public const string GenericSecret = "generic-demo-secret";

    public static string ShopifyOrder(long id, string financialStatus) => $$"""
        {"id":{{id}},"name":"#{{id}}","email":"jurgen@example.test","currency":"EUR","financial_status":"{{financialStatus}}",
         "total_price":"63.21","total_tax":"9.31","cancelled_at":null,
         "customer":{"first_name":"Jürgen","last_name":"Müller","email":"jurgen@example.test"},
         "line_items":[{"sku":"HOOK-1","quantity":2,"price":"24.50","title":"Tasse – €-Edition"}],
         "shipping_lines":[{"price":"4.90"}],
         "shipping_address":{"address1":"Königsallee 5","city":"Düsseldorf","zip":"40212","country_code":"DE","province_code":"NW"} }
        """;

    public static string Base64Hmac(string secret, byte[] body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Signed with the Shopify secret unless a signature is given; each post is a new delivery unless one is named.</summary>
    public static async Task<HttpResponseMessage> PostShopifyAsync(
        HttpClient http, byte[] body, string topic, string? signature = null, string shop = Shop, string? webhookId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/shopify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Hmac-Sha256", signature ?? Base64Hmac(ShopifySecret, body));
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Shop-Domain", shop);
        request.Headers.Add("X-Shopify-Webhook-Id", webhookId ?? Guid.NewGuid().ToString());
        return await http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostWooCommerceAsync(HttpClient http, byte[] body, string topic, string source = WooSource)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/woocommerce") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-WC-Webhook-Signature", Base64Hmac(WooSecret, body));
        request.Headers.Add("X-WC-Webhook-Topic", topic);
        request.Headers.Add("X-WC-Webhook-Source", source);
        request.Headers.Add("X-WC-Webhook-Delivery-ID", Guid.NewGuid().ToString("N"));
        return await http.SendAsync(request);
    }

    /// <summary>A canonical order to the generic webhook, signed as sent at <paramref name="at"/>.</summary>
    public static async Task<HttpResponseMessage> PostGenericAsync(HttpClient http, byte[] body, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        var v1 = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(GenericSecret), signed));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/orders") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("OrderFlow-Signature", $"t={t},v1={v1}");
        return await http.SendAsync(request);
    }
}
