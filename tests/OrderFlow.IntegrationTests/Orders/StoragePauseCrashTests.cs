using System.Net.Http.Json;
using System.Text.Json;
using OrderFlow.IntegrationTests.Faults;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(HostKillTests.Name)]
public class StoragePauseCrashTests
{
    const int Orders = 30;

    // Long enough for the host to have storage calls waiting on the paused Azurite when it dies.
    static readonly TimeSpan PauseFor = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task StoragePausedWhileOrdersStart_HostKilledAndRestarted_EveryOrderCompletesWithOneHistory()
    {
        var shared = await SharedServices.GetAsync();
        await using var storage = await PausableAzurite.StartAsync(shared);
        var names = TestNames.New();
        var settings = DevHostProcess.ProductSettings(shared, names, storagePrefix: "P");
        settings["AzureWebJobsStorage"] = storage.ConnectionString;
        var ids = new List<string>();
        var hub = new TaskHubStore(storage.ConnectionString, names.TaskHub, partitionCount: 4);

        using (var first = await DevHostProcess.StartAsync(settings, productApp: true))
        {
            using var http = first.CreateClient();
            await OrderApi.SeedProductAsync(http, "PAUSE-1", onHand: 100);
            await OrderApi.SeedCustomerAsync(http, "c-pause");
            for (var i = 1; i <= Orders; i++)
            {
                ids.Add(await OrderApi.PostAsync(http, OrderApi.Order($"PO-PAUSE-{i}", "c-pause", "PAUSE-1", quantity: 1)));
            }
            // Storage stops as the first workflows record their start; the host dies as it comes back, while
            // storage carries out the calls that waited and before the host makes the calls that follow them.
            await Eventually.WaitForAsync(hub.StartedInstancesAsync, started => started > 0, TimeSpan.FromSeconds(60), "the first workflow to start");
            await storage.PauseAsync();
            await Task.Delay(PauseFor);
            await storage.ResumeAsync();
            first.Kill();
        }

        using var second = await DevHostProcess.StartAsync(settings, productApp: true);
        using var client = second.CreateClient();
        var orders = await OrderApi.WaitForEachAsync(client, ids, TimeSpan.FromMinutes(2), "Completed", "Failed", "Rejected");

        Assert.All(orders, o => Assert.Equal("Completed", o.GetProperty("status").GetString()));
        foreach (var id in ids)
        {
            Assert.Equal((id, 1), (id, await hub.ExecutionStartsAsync(id)));
        }
        var stock = await OrderApi.StockAsync(client, "PAUSE-1");
        Assert.Equal((100 - Orders, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
        // The kill may catch emails between the server's acceptance and their sent marks: each may arrive twice (docs/orders.md).
        await new OrderInvariants(settings).AssertHoldAsync(ids, new Dictionary<(string, string), int> { [("PAUSE-1", "WH-A")] = 100 }, OrderInvariants.RepeatsPerKill);
    }
}
