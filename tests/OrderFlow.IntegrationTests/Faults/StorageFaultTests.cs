using System.Net;
using OrderFlow.Core.Storage;
using OrderFlow.Functions.Http;
using OrderFlow.IntegrationTests.Access;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Storage that throttles, fails, hangs or is slow while 30 orders are in flight, each fault on a DevHost process of
/// its own behind <see cref="StorageFaults"/>. Afterwards every order has ended and every invariant holds. Outages
/// last 15-20 s in CI and a minute with 100 orders at <see cref="FaultSize"/>'s full size.
/// </summary>
[Collection(Name)]
public class StorageFaultTests(ITestOutputHelper output)
{
    /// <summary>The scenarios run one after the other (each starts a DevHost process) beside the rest of the suite.</summary>
    public const string Name = "storage faults";
    static readonly int Orders = FaultSize.Orders(30);

    [Fact]
    public async Task AppTablesAndQueuesServerBusyForAnOutage_OrdersInFlight_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        using var sales = await StaffBrowser.SignedInAsync(scenario.Http.BaseAddress!, StaffBrowser.Amelia);
        var outage = Task.CompletedTask;
        var reads = Task.CompletedTask;

        await PostAllAsync(scenario, afterFirst: () =>
        {
            outage = scenario.Faults.OutageAsync(AppTablesAndQueues(scenario), HttpStatusCode.ServiceUnavailable, FaultSize.Outage(TimeSpan.FromSeconds(20)));
            reads = ReadsRefusedAsync(scenario, sales.Http, scenario.Accepted[0]);
        });
        await outage;
        await reads;

        Report(scenario, await scenario.AssertInvariantsAsync());
    }

    [Fact]
    public async Task AppTablesAndQueuesHangPastTheClientTimeoutForAnOutage_OrdersInFlight_InvariantsHold() =>
        await HangAsync(lands: false);

    [Fact]
    public async Task AppTablesAndQueuesStoreButTheirAnswersHangForAnOutage_OrdersInFlight_InvariantsHold() =>
        await HangAsync(lands: true);

    [Fact]
    public async Task EveryCallFails500ForAnOutage_OrdersInFlight_InvariantsHold()
    {
        await using var scenario = await FaultScenario.StartAsync();
        var outage = Task.CompletedTask;

        await PostAllAsync(scenario, afterFirst: () => outage = scenario.Faults.OutageAsync(_ => true, HttpStatusCode.InternalServerError, FaultSize.Outage(TimeSpan.FromSeconds(15))));
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

    /// <summary>
    /// Holds the app's table and queue calls for an outage (20 s in CI), each past the app's storage timeout (the proxy drops it later
    /// still, should its client not give up), stored first when <paramref name="lands"/>.
    /// </summary>
    async Task HangAsync(bool lands)
    {
        await using var scenario = await FaultScenario.StartAsync();
        var hang = Task.CompletedTask;
        var hold = StorageAccount.NetworkTimeout + TimeSpan.FromSeconds(10);

        await PostAllAsync(scenario, afterFirst: () => hang = scenario.Faults.HangAsync(AppTablesAndQueues(scenario), FaultSize.Outage(TimeSpan.FromSeconds(20)), hold, lands));
        await hang;

        Assert.True(scenario.Faults.GivenUp > 0, $"none of the {scenario.Faults.Held} held calls was given up by its client within {hold.TotalSeconds:0} s");
        Report(scenario, await scenario.AssertInvariantsAsync());
    }

    /// <summary>The app's tables and queues, not the task hub's or the blobs.</summary>
    static Func<StorageCall, bool> AppTablesAndQueues(FaultScenario scenario) =>
        call => call.Service != "Blob" && !call.IsTaskHubs(scenario.Names.TaskHub) && call.Resource != "$batch";

    /// <summary>An order read through the API and on its page while storage is away: each a 503 to repeat, not a 500.</summary>
    static async Task ReadsRefusedAsync(FaultScenario scenario, HttpClient staff, string orderId)
    {
        var api = scenario.Http.GetAsync($"api/orders/{orderId}");
        var page = staff.GetAsync($"orders/{orderId}");
        using (var answer = await api)
        {
            FaultScenario.AssertRetryLater(answer, await answer.Content.ReadAsStringAsync());
        }
        using (var answer = await page)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(StorageUnavailable.RetryAfterSeconds), answer.Headers.RetryAfter?.Delta);
        }
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
        output.WriteLine($"{took.TotalSeconds:0} s; {scenario.Faults.Failed} storage calls failed and {scenario.Faults.Held} held on purpose "
            + $"({scenario.Faults.GivenUp} given up by their client); intake refused {string.Join(", ", scenario.Refusals.Select(r => $"{r.Value}× {r.Key}"))}");
}
