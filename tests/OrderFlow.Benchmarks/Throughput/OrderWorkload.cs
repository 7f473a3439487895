using System.Net.Http.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Orders;
using OrderFlow.DevHost;
using OrderFlow.Functions;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// The real OrderFlow app in Auto mode: a small catalogue, stock in two warehouses and customers seeded through its
/// API, then orders posted to POST /api/orders as fast as intake takes them, until every one is Completed.
/// </summary>
static class OrderWorkload
{
    const int Skus = 5;
    const int Customers = 20;
    const int Posters = 8;
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static async Task<PhaseMeasurement> RunAsync(ThroughputSetup setup, int orders)
    {
        await using var devHost = await BenchHosts.StartAsync(typeof(OrderFlowFunctionServices).Assembly, BenchHosts.OrdersHub, setup.Proxy.ConnectionString, setup.SmtpPort, setup.State);
        using var http = new HttpClient { BaseAddress = devHost.Info.BaseAddress };
        http.DefaultRequestHeaders.Add("x-functions-key", BenchHosts.HostKey);
        await SeedAsync(http, orders);
        // Every order's row under its month, with its status.
        var index = new TableServiceClient(setup.Storage).GetTableClient(BenchHosts.AppPrefix + OrderIndex.TableName);
        var everyOrder = OrderIndex.Filter(new OrderQuery(null, null, null, null));
        return await PhaseMeasurement.MeasureAsync(orders, setup.Proxy, setup.Azurite, async () =>
        {
            await Parallel.ForEachAsync(Enumerable.Range(1, orders), new ParallelOptions { MaxDegreeOfParallelism = Posters },
                async (n, cancellationToken) => (await http.PostAsJsonAsync("api/orders", Order(n), cancellationToken)).EnsureSuccessStatusCode());
            return await CompletionWatch.WaitAsync(index, everyOrder, "Status", orders, new HashSet<string> { "Rejected", "Cancelled", "Failed" }, Timeout);
        });
    }

    /// <summary>Enough stock that no order waits for a restock: each takes at most one unit of two SKUs.</summary>
    static async Task SeedAsync(HttpClient http, int orders)
    {
        for (var s = 1; s <= Skus; s++)
        {
            (await http.PutAsJsonAsync($"api/products/BENCH-{s}", new { name = $"Bench product {s}", active = true, taxRate = "0.19", prices = new[] { new { currency = "EUR", amount = $"{s * 5}.90" } } })).EnsureSuccessStatusCode();
            foreach (var warehouse in new[] { "WH-A", "WH-B" })
            {
                (await http.PutAsJsonAsync($"api/inventory/BENCH-{s}/{warehouse}", new { onHand = orders, reorderPoint = 0 })).EnsureSuccessStatusCode();
            }
        }
        for (var c = 1; c <= Customers; c++)
        {
            (await http.PutAsJsonAsync($"api/customers/bench-{c}", new { name = $"Bench Customer {c}", email = $"bench-{c}@example.test" })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Paid orders (no payment wait) of one or two lines, well under the approval threshold.</summary>
    static object Order(int n) => new
    {
        externalId = $"T{n}",
        customerId = $"bench-{n % Customers + 1}",
        currency = "EUR",
        lines = (n % 2 == 0 ? new[] { n % Skus + 1, (n + 1) % Skus + 1 } : [n % Skus + 1])
            .Select(s => new { sku = $"BENCH-{s}", quantity = 1, unitPrice = $"{s * 5}.90" }).ToArray(),
        shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        shippingCost = "4.90",
        paid = true,
    };
}
