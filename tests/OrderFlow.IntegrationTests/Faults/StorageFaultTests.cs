using System.Net;
using OrderFlow.IntegrationTests.Orders;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Storage that throttles, fails or is slow while 30 orders are in flight, each fault on a DevHost process of its
/// own behind <see cref="StorageFaults"/>. Afterwards every order has ended and every invariant holds.
/// </summary>
[Collection(Name)]
public class StorageFaultTests(ITestOutputHelper output)
{
    /// <summary>The scenarios run one after the other (each starts a DevHost process) beside the rest of the suite.</summary>
    public const string Name = "storage faults";
    const int Orders = 30;

    [Fact]
    public async Task AppTablesAndQueuesServerBusy20s_OrdersInFlight_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var outage = Task.CompletedTask;

        await PostAllAsync(scenario, afterFirst: () => outage = scenario.Faults.OutageAsync(
            call => call.Service != "Blob" && !call.IsTaskHubs(scenario.Names.TaskHub) && call.Resource != "$batch", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20)));
        await outage;

        Report(scenario, await scenario.AssertInvariantsAsync());
    }

    [Fact]
    public async Task EveryCallFails500For15s_OrdersInFlight_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var outage = Task.CompletedTask;

        await PostAllAsync(scenario, afterFirst: () => outage = scenario.Faults.OutageAsync(_ => true, HttpStatusCode.InternalServerError, TimeSpan.FromSeconds(15)));
        await outage;

        Report(scenario, await scenario.AssertInvariantsAsync());
    }

    [Fact]
    public async Task Latency200msOnEveryCall_OrdersInFlight_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        scenario.Faults.Latency = TimeSpan.FromMilliseconds(200);

        await PostAllAsync(scenario, afterFirst: () => { });

        Report(scenario, await scenario.AssertInvariantsAsync());
    }

    /// <summary>Posts the first order, starts the fault, then posts the rest a few at a time while it lasts.</summary>
    static async Task PostAllAsync(FaultScenario scenario, Action afterFirst)
    {
        await scenario.PostAsync(1);
        afterFirst();
        await Parallel.ForEachAsync(Enumerable.Range(2, Orders - 1), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) => await scenario.PostAsync(n));
        Assert.Equal(Orders, scenario.Accepted.Count);
    }

    void Report(FaultScenario scenario, TimeSpan took) =>
        output.WriteLine($"{took.TotalSeconds:0} s; {scenario.Faults.Failed} storage calls failed on purpose; intake refused {string.Join(", ", scenario.Refusals.Select(r => $"{r.Value}× {r.Key}"))}");
}
