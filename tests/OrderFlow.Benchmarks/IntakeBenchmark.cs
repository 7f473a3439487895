using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Benchmarks;

/// <summary>
/// Shopify orders/create acknowledgement at a fixed 100 requests/s for 30 s: DevHost serving the real app (signature,
/// mapping, payload stored, order row, workflow started) beside the bare endpoint, one after the other in one run.
/// </summary>
static class IntakeBenchmark
{
    const string Secret = "shopify-demo-secret";
    const int PerSecond = 100;
    static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string storage)
    {
        var (bare, bareAddress) = await BareWebhookEndpoint.StartAsync(storage, Secret);
        using var bareClient = new HttpClient { BaseAddress = bareAddress };
        var (bareStats, bareFailures) = await OpenLoopLoad.RunAsync(n => PostAsync(bareClient, "webhook", n), PerSecond, Duration);
        await bare.StopAsync();

        await using var devHost = await ProductDevHost.StartAsync(storage, "Intake");
        using var appClient = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        var (appStats, appFailures) = await OpenLoopLoad.RunAsync(n => PostAsync(appClient, "api/webhooks/shopify", n), PerSecond, Duration);

        Console.WriteLine($"Shopify webhook acknowledgement, {PerSecond} requests/s for {Duration.TotalSeconds:0} s:");
        Console.WriteLine($"  OrderFlow on DevHost           {appStats}   failures {appFailures}");
        Console.WriteLine($"  bare HMAC + one Table insert   {bareStats}   failures {bareFailures}");
        Console.WriteLine($"  ratio at p50 {appStats.P50 / bareStats.P50:0.0}x, at p99 {appStats.P99 / bareStats.P99:0.0}x (target p99 <= 2)");
    }

    static async Task<bool> PostAsync(HttpClient client, string path, int n)
    {
        var body = Encoding.UTF8.GetBytes($$"""
            {"id":{{900000 + n}},"email":"bench{{n}}@example.test","currency":"EUR","financial_status":"paid",
             "customer":{"first_name":"Bench","last_name":"Buyer"},
             "line_items":[{"sku":"BENCH-1","quantity":1,"price":"10.00"}],"shipping_lines":[{"price":"0.00"}],
             "shipping_address":{"address1":"Road 1","city":"Berlin","zip":"10115","country_code":"DE"} }
            """);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Shop-Domain", "bench.myshopify.com");
        using var response = await client.SendAsync(request);
        return response.IsSuccessStatusCode;
    }
}
