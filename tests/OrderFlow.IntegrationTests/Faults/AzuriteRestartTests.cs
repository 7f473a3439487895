using System.Diagnostics;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Abstractions;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Azurite stopped under the app with 30 orders in flight: the DevHost process that started it (on a data folder)
/// starts it again on the same ports and data, and every order ends with every invariant holding. It is stopped as a
/// service manager or an update stops it (SIGTERM), which Azurite answers by saving all it acknowledged; a kill
/// (SIGKILL) loses what it acknowledged since its last save (docs/configuration.md), so no invariant is claimed then.
/// </summary>
[Collection(CrashPointTests.Name)]
public class AzuriteRestartTests(ITestOutputHelper output)
{
    static readonly int Orders = FaultSize.Orders(30);
    const string RestartLine = "Azurite exited unasked";
    static readonly TimeSpan Restart = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AzuriteStoppedUnderTheApp_OrdersInFlight_StartedAgainOnItsPortsAndDataAndInvariantsHold()
    {
        await using var scenario = await FaultScenario.StartOnOwnAzuriteAsync();
        var children = Path.Combine(scenario.Settings["DevHost:StateDirectory"]!, ChildProcesses.FileName);
        using var azurite = Assert.Single(ChildProcesses.Recorded(children));

        await scenario.PostAsync(1);
        var posting = Parallel.ForEachAsync(Enumerable.Range(2, Orders - 1), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, _) => await scenario.PostAsync(n));
        await Eventually.WaitForAsync(() => Task.FromResult(scenario.Accepted.Count), accepted => accepted >= 5, TimeSpan.FromSeconds(60), "orders to be in flight");
        Assert.True(StopSignal.Send(azurite));
        await Eventually.WaitForAsync(() => Task.FromResult(azurite.HasExited), exited => exited, Restart, "Azurite to stop");
        var stopped = Stopwatch.StartNew();
        var restarted = await Eventually.WaitForAsync(
            () => Task.FromResult(ChildProcesses.Recorded(children)), running => running.Count == 1 && running[0].Id != azurite.Id, Restart, "DevHost to start Azurite again");
        output.WriteLine($"Azurite stopped with {scenario.Accepted.Count} orders accepted, started again (PID {azurite.Id} → {restarted[0].Id}) in {stopped.Elapsed.TotalSeconds:0.0} s");
        await posting;

        Assert.Equal(Orders, scenario.Accepted.Distinct().Count());
        // The invariants read the Azurite at the ports the app was given at start: it is back there, with its data.
        var took = await scenario.AssertInvariantsAsync();
        Assert.Single(scenario.Host.Output, line => line.Contains(RestartLine, StringComparison.Ordinal));
        Assert.False(restarted[0].HasExited);
        output.WriteLine($"{took.TotalSeconds:0} s; intake answered 5xx {scenario.Refusals.Values.Sum()} times while Azurite was away");
    }
}
