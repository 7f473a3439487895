using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Reporting;

namespace OrderFlow.Benchmarks;

/// <summary>
/// GET /api/reports/orders over 100,000 orders received in 30 days, warm, on DevHost serving the real app. The facts
/// are seeded straight into storage and each day's rollup computed from them by the app's own recorder.
/// </summary>
static class KpiReportBenchmark
{
    const int Orders = 100_000;
    const int Days = 30;
    const int WarmUp = 10;
    const int Count = 100;
    const string HostKey = "bench-host-key";

    public static async Task RunAsync(string storage)
    {
        await using var devHost = await ProductDevHost.StartAsync(storage, "Kpi", KeyValuePair.Create<string, string?>("DevHost:HostKey", HostKey));
        var first = new DateOnly(2026, 10, 1);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(devHost.Services, first);
        Console.WriteLine($"Seeded {Orders:N0} order facts and {Days} daily rollups in {seeding.Elapsed.TotalSeconds:0} s");

        using var client = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        client.DefaultRequestHeaders.Add("x-functions-key", HostKey);
        var route = $"api/reports/orders?from={first:yyyy-MM-dd}&to={first.AddDays(Days):yyyy-MM-dd}";
        var received = (await client.GetFromJsonAsync<JsonElement>(route)).GetProperty("received").GetInt32();
        if (received != Orders)
        {
            throw new InvalidOperationException($"The report counted {received} orders, not {Orders}.");
        }
        var samples = new List<double>();
        for (var i = 0; i < WarmUp + Count; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(route);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            if (i >= WarmUp)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine($"KPI report over {Orders:N0} orders ({Days} days), warm, {Count} one after another ({Environment.ProcessorCount} cores):");
        Console.WriteLine($"  GET {route.Split('?')[0]}   {Stats.Of(samples)}   (target <= 100 ms)");
    }

    static async Task SeedAsync(IServiceProvider services, DateOnly first)
    {
        var facts = services.GetRequiredService<OrderFactTable>();
        var recorder = services.GetRequiredService<OrderKpiRecorder>();
        await facts.CreateAsync(CancellationToken.None);
        var random = new Random(20261127);
        for (var d = 0; d < Days; d++)
        {
            var day = first.AddDays(d);
            var count = (Orders / Days) + (d < Orders % Days ? 1 : 0);
            await facts.SaveDayAsync(day, KpiFactGenerator.Day(day, count, random), CancellationToken.None);
            await recorder.RecomputeDayAsync(day, CancellationToken.None);
        }
    }
}
