using System.Security.Cryptography;
using System.Text;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks;

/// <summary>
/// Shopify orders/create acknowledgement at a fixed 100 requests/s for 30 s: the bare endpoint, then DevHost serving
/// the real app (signature, mapping, payload stored, order row, workflow start queued) twice, one after the other in
/// one run: as it runs by default, where background work stands back while requests come in a burst, and with that
/// priority turned off, where the workflows the burst starts compete with it for Azurite.
/// </summary>
static class IntakeBenchmark
{
    const string Secret = "shopify-demo-secret";
    const int PerSecond = 100;
    static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    const int WarmUpOrders = 500_000;

    /// <summary>Each phase on an in-memory Azurite of its own, so none pays for another's data.</summary>
    public static async Task RunAsync(LocalState state)
    {
        var (bareStats, bareFailures) = await RunBareAsync(state);
        var (appStats, appFailures) = await RunAppAsync(state, "Intake", firstOrder: 1_000_000);
        var (unprioritisedStats, unprioritisedFailures) = await RunAppAsync(
            state, "IntakeUnprioritised", firstOrder: 2_000_000, KeyValuePair.Create<string, string?>("DevHost:Burst:BusyAbove", "0"));

        Console.WriteLine($"Shopify webhook acknowledgement, {PerSecond} requests/s for {Duration.TotalSeconds:0} s ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
        Console.WriteLine($"  OrderFlow on DevHost                          {appStats}   failures {appFailures}");
        Console.WriteLine($"  the same, background work not held back       {unprioritisedStats}   failures {unprioritisedFailures}");
        Console.WriteLine($"  bare HMAC + one Table insert                  {bareStats}   failures {bareFailures}");
        Console.WriteLine($"  ratio at p50 {appStats.P50 / bareStats.P50:0.0}x, at p99 {appStats.P99 / bareStats.P99:0.0}x (target p99 <= 2); "
            + $"without the priority {unprioritisedStats.P50 / bareStats.P50:0.0}x and {unprioritisedStats.P99 / bareStats.P99:0.0}x");
    }

    static async Task<(Stats Latency, int Failures)> RunBareAsync(LocalState state)
    {
        await using var azurite = await PhaseAzurite.StartAsync(state, "intake-bare", onDisk: false);
        var (bare, bareAddress) = await BareWebhookEndpoint.StartAsync(azurite.ConnectionString, Secret);
        using var client = new HttpClient { BaseAddress = bareAddress };
        var measured = await MeasureAsync(n => PostAsync(client, "webhook", n));
        await bare.StopAsync();
        return measured;
    }

    static async Task<(Stats Latency, int Failures)> RunAppAsync(LocalState state, string name, int firstOrder, params KeyValuePair<string, string?>[] settings)
    {
        await using var azurite = await PhaseAzurite.StartAsync(state, name.ToLowerInvariant(), onDisk: false);
        await using var devHost = await ProductDevHost.StartAsync(azurite.ConnectionString, name, settings);
        using var client = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        return await MeasureAsync(n => PostAsync(client, "api/webhooks/shopify", firstOrder + n));
    }

    /// <summary>After a warm-up of the same load (first calls pay for JIT compilation and connection set-up), the measured run.</summary>
    static async Task<(Stats Latency, int Failures)> MeasureAsync(Func<int, Task<bool>> post)
    {
        await OpenLoopLoad.RunAsync(n => post(WarmUpOrders + n), PerSecond, WarmUp);
        return await OpenLoopLoad.RunAsync(post, PerSecond, Duration);
    }

    static async Task<bool> PostAsync(HttpClient client, string path, int n)
    {
        var body = Encoding.UTF8.GetBytes($$"""
            {"id":{{n}},"email":"bench{{n}}@example.test","currency":"EUR","financial_status":"paid",
             "customer":{"first_name":"Bench","last_name":"Buyer"},
             "line_items":[{"sku":"BENCH-1","quantity":1,"price":"10.00"}],"shipping_lines":[{"price":"0.00"}],
             "shipping_address":{"address1":"Road 1","city":"Berlin","zip":"10115","country_code":"DE"} }
            """);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Shop-Domain", "orderflow-demo.myshopify.com");
        using var response = await client.SendAsync(request);
        return response.IsSuccessStatusCode;
    }
}
