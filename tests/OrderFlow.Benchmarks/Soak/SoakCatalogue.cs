using System.Net.Http.Json;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// What the soak's orders need before the first arrives, seeded through the API: five products (the shop bodies
/// charge SOAK-1 at its catalogue price, so no order is held for a price away from it), stock that no hour of orders
/// runs short of, and the customers the direct channels name.
/// </summary>
static class SoakCatalogue
{
    public const int Skus = 5;
    public const int Customers = 20;
    public const string Warehouse = "WH-A";
    const int OnHand = 1_000_000;

    public static string Sku(int k) => $"SOAK-{k}";

    public static string Price(int k) => k == 1 ? "24.50" : $"{k * 5}.90";

    public static string Customer(int n) => $"soak-c{n % Customers}";

    public static async Task SeedAsync(HttpClient api)
    {
        for (var k = 1; k <= Skus; k++)
        {
            var product = new { name = $"Soak product {k}", active = true, taxRate = "0.19", prices = new[] { new { currency = "EUR", amount = Price(k) } } };
            (await api.PutAsJsonAsync($"api/products/{Sku(k)}", product)).EnsureSuccessStatusCode();
            (await api.PutAsJsonAsync($"api/inventory/{Sku(k)}/{Warehouse}", new { onHand = OnHand, reorderPoint = 0 })).EnsureSuccessStatusCode();
        }
        for (var c = 0; c < Customers; c++)
        {
            (await api.PutAsJsonAsync($"api/customers/{Customer(c)}", new { name = $"Soak Customer {c}", email = $"{Customer(c)}@example.test" })).EnsureSuccessStatusCode();
        }
    }
}
