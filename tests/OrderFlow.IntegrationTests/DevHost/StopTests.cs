using System.Diagnostics;
using OrderFlow.DevHost;
using OrderFlow.IntegrationTests.Faults;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.DevHost;

/// <summary>A DevHost stopped while a queue listener waits on storage stops in seconds, not after its shutdown timeout.</summary>
// Its own host: the test stops it.
public class StopTests
{
    // The host's shutdown timeout is 30 s; a stop that waits for a lost slot takes all of it.
    static readonly TimeSpan QuickStop = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Stop_DuringAQueueReceive_StopsBeforeTheShutdownTimeout()
    {
        var shared = await SharedServices.GetAsync();
        await using var faults = await StorageFaults.StartAsync(shared.StorageConnection);
        var names = TestNames.New();
        var settings = TestApp.Merge(TestApp.Settings(shared, names), [new("AzureWebJobsStorage", faults.ConnectionString)]);
        var receive = faults.HoldFirstAsync(call => call.Service == "Queue" && call.Method == "GET" && call.Resource == names.WorkQueue);
        DevHostStarts.Record(nameof(StopTests));
        var server = await DevHostServer.StartAsync(new DevHostStartOptions(typeof(TestApp).Assembly) { Settings = settings, PrintBanner = false });
        await receive.WaitAsync(TimeSpan.FromMinutes(1));

        var clock = Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(clock.Elapsed < QuickStop, $"the stop took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
