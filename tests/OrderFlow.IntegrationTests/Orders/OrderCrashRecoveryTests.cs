using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.Faults;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(HostKillTests.Name)]
public class OrderCrashRecoveryTests
{
    const int Orders = 30;

    [Fact]
    public async Task KillWithOrdersInFlight_Restart_AllCompleteNothingDoubled()
    {
        var shared = await SharedServices.GetAsync();
        var names = TestNames.New();
        await using var queues = new StoppedAppQueues(shared.StorageConnection, names);
        var settings = DevHostProcess.ProductSettings(shared, names, storagePrefix: "C");
        var ids = new List<string>();

        using (var first = await DevHostProcess.StartAsync(settings, productApp: true))
        {
            using var http = first.CreateClient();
            await OrderApi.SeedProductAsync(http, "CRASH-1", onHand: 100);
            await OrderApi.SeedCustomerAsync(http, "c-crash");
            for (var i = 1; i <= Orders; i++)
            {
                ids.Add(await OrderApi.PostAsync(http, OrderApi.Order($"PO-CRASH-{i}", "c-crash", "CRASH-1", quantity: 1)));
            }
            // Crash with orders spread over the stages.
            await Eventually.WaitForAsync(() => http.GetFromJsonAsync<JsonElement>($"api/orders/{ids[0]}"), o => o.GetProperty("status").GetString() is "Shipped" or "Invoiced" or "Delivered" or "Completed", TimeSpan.FromSeconds(60), "the first order to ship");
            first.Kill();
        }

        using var second = await DevHostProcess.StartAsync(settings, productApp: true);
        using var client = second.CreateClient();
        var orders = await OrderApi.WaitForEachAsync(client, ids, TimeSpan.FromMinutes(3), "Completed", "Failed", "Rejected");

        Assert.All(orders, o => Assert.Equal("Completed", o.GetProperty("status").GetString()));
        var stock = await OrderApi.StockAsync(client, "CRASH-1");
        Assert.Equal((100 - Orders, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
        var year = orders[0].GetProperty("invoiceNumber").GetString()![4..8];
        Assert.Equal(Enumerable.Range(1, Orders).Select(n => $"INV-{year}-{n:000000}"), orders.Select(o => o.GetProperty("invoiceNumber").GetString()!).Order(StringComparer.Ordinal));
        // The kill may catch emails between the server's acceptance and their sent marks: each may arrive twice (docs/orders.md).
        await new OrderInvariants(settings).AssertHoldAsync(ids, new Dictionary<(string, string), int> { [("CRASH-1", "WH-A")] = 100 }, OrderInvariants.RepeatsPerKill);
    }
}
