using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The order API as a test uses it: seed catalogue, stock and customers; post orders; watch them.</summary>
static class OrderApi
{
    /// <summary>What intake leaves before the order's workflow starts: the order's row (from POST /orders), no workflow.</summary>
    public static async Task<string> StoreReceivedAsync(IServiceProvider services, string externalId, FulfilmentMode mode)
    {
        var orderId = OrderIds.From("api", "direct", externalId);
        var now = DateTimeOffset.UtcNow;
        var received = OrderRecord.Accept(orderId, "api", externalId, now, mode);
        await services.GetRequiredService<OrderBook>().TryCreateAsync(received, "{}"u8.ToArray(), CancellationToken.None);
        return orderId.Value;
    }

    public static async Task SeedProductAsync(HttpClient http, string sku, string price = "24.50", int onHand = 20, string taxRate = "0.19")
    {
        (await http.PutAsJsonAsync($"api/products/{sku}", new { name = $"Product {sku}", active = true, taxRate, prices = new[] { new { currency = "EUR", amount = price } } })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/inventory/{sku}/WH-A", new { onHand, reorderPoint = 2 })).EnsureSuccessStatusCode();
    }

    public static async Task SeedCustomerAsync(HttpClient http, string id) =>
        (await http.PutAsJsonAsync($"api/customers/{id}", new { name = "Ada Buyer", email = EmailOf(id) })).EnsureSuccessStatusCode();

    /// <summary>The address <see cref="SeedCustomerAsync"/> gives a customer.</summary>
    public static string EmailOf(string customerId) => $"{customerId}@example.test";

    public static object Order(string externalId, string customerId, string sku, int quantity = 2, string unitPrice = "24.50", bool paid = true) => new
    {
        externalId,
        customerId,
        currency = "EUR",
        lines = new[] { new { sku, quantity, unitPrice } },
        shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
        shippingCost = "4.90",
        paid,
    };

    public static async Task<string> PostAsync(HttpClient http, object order)
    {
        var response = await http.PostAsJsonAsync("api/orders", order);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("orderId").GetString()!;
    }

    /// <summary>An order of 3,000.00 EUR, over the default approval threshold: it waits OnHold for a decision.</summary>
    public static async Task<string> PostOverThresholdAsync(HttpClient http, string externalId, string sku, string customerId)
    {
        await SeedProductAsync(http, sku, price: "1500.00", onHand: 50);
        await SeedCustomerAsync(http, customerId);
        return await PostAsync(http, Order(externalId, customerId, sku, quantity: 2, unitPrice: "1500.00"));
    }

    /// <summary>An unpaid order of 3 × "{externalId}-CUP" at 10.00 and 1 × "{externalId}-MUG" at 20.00, no shipping cost, both products its own.</summary>
    public static async Task<string> PostTwoLineOrderAsync(HttpClient http, string externalId, string customerId, string taxRate)
    {
        await SeedProductAsync(http, $"{externalId}-CUP", price: "10.00", onHand: 10, taxRate: taxRate);
        await SeedProductAsync(http, $"{externalId}-MUG", price: "20.00", onHand: 10, taxRate: taxRate);
        await SeedCustomerAsync(http, customerId);
        return await PostAsync(http, new
        {
            externalId,
            customerId,
            currency = "EUR",
            lines = new[] { new { sku = $"{externalId}-CUP", quantity = 3, unitPrice = "10.00" }, new { sku = $"{externalId}-MUG", quantity = 1, unitPrice = "20.00" } },
            shippingAddress = new { line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
            shippingCost = "0.00",
            paid = false,
        });
    }

    public static Task<JsonElement> WaitForStatusAsync(HttpClient http, string orderId, params string[] statuses) =>
        WaitForStatusAsync(http, orderId, TimeSpan.FromSeconds(90), statuses);

    public static Task<JsonElement> WaitForStatusAsync(HttpClient http, string orderId, TimeSpan timeout, params string[] statuses) =>
        Eventually.WaitForAsync(
            () => http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}"),
            o => statuses.Contains(o.GetProperty("status").GetString()),
            timeout,
            $"order {orderId} to reach {string.Join(" or ", statuses)}");

    /// <summary>
    /// Waits for every order to reach one of <paramref name="statuses"/>; answers them in the same order. Reads the
    /// orders still on their way in rounds, a few at a time, so the test's reads do not crowd out the orders' own
    /// storage calls.
    /// </summary>
    public static async Task<List<JsonElement>> WaitForEachAsync(HttpClient http, IEnumerable<string> orderIds, TimeSpan timeout, params string[] statuses)
    {
        var ids = orderIds.ToList();
        var reached = new ConcurrentDictionary<string, JsonElement>();
        var last = new ConcurrentDictionary<string, string?>();
        var deadline = DateTime.UtcNow + timeout;
        var reads = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        while (true)
        {
            await Parallel.ForEachAsync(ids.Where(id => !reached.ContainsKey(id)), reads, async (id, cancel) =>
            {
                var order = await http.GetFromJsonAsync<JsonElement>($"api/orders/{id}", cancel);
                last[id] = order.GetProperty("status").GetString();
                if (statuses.Contains(order.GetProperty("status").GetString()))
                {
                    reached[id] = order;
                }
            });
            if (reached.Count == ids.Count)
            {
                return [.. ids.Select(id => reached[id])];
            }
            if (DateTime.UtcNow > deadline)
            {
                var waiting = ids.Where(id => !reached.ContainsKey(id)).GroupBy(id => last.GetValueOrDefault(id)).Select(g => $"{g.Count()} {g.Key}");
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {ids.Count - reached.Count} of {ids.Count} orders to reach {string.Join(" or ", statuses)}; still {string.Join(", ", waiting)}");
            }
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// The order's orchestration instance as the task hub has it, once it stops Running or after ten seconds: an
    /// order in its final status must leave no timer keeping its instance alive.
    /// </summary>
    public static async Task<OrchestrationRuntimeStatus?> InstanceStatusSoonAsync(IServiceProvider services, string orderId)
    {
        var client = services.GetRequiredService<DurableTaskClient>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var instance = await client.GetInstanceAsync(orderId);
        while ((instance is null || instance.IsRunning) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            instance = await client.GetInstanceAsync(orderId);
        }
        return instance?.RuntimeStatus;
    }

    public static async Task<JsonElement> StockAsync(HttpClient http, string sku) =>
        (await http.GetFromJsonAsync<JsonElement>($"api/inventory?sku={sku}")).GetProperty("items")[0];
}
