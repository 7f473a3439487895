using Xunit.Sdk;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>A DevHost a test uses, which the runner stops when the test runs past its budget.</summary>
public interface IStopsOnOverrun
{
    Task StopAsync();
}

/// <summary>
/// The stand-in for xUnit's per-test Timeout, whose behaviour is undefined with parallel collections (its timer's
/// continuation waits for a free runner thread, and the test goes on regardless). When a test runs past the budget, a
/// thread-pool timer stops every DevHost it uses: the fixtures it was given and the hosts it started itself. Its calls
/// then fail at once, and the test fails naming the budget. One budget for all: it catches hangs, not slowness (a
/// test's own waits say what is late), and a busy machine makes every test slower alike.
/// </summary>
public static class TestBudget
{
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    static readonly AsyncLocal<List<IStopsOnOverrun>?> HostsOfTheTest = new();

    /// <summary>Whether the running test runs under a budget (that is, through this assembly's runners).</summary>
    public static bool Watching => HostsOfTheTest.Value is not null;

    /// <summary>A host the running test started itself: stopped with its fixtures if the test overruns.</summary>
    public static void Started(IStopsOnOverrun host)
    {
        if (HostsOfTheTest.Value is { } hosts)
        {
            lock (hosts)
            {
                hosts.Add(host);
            }
        }
    }

    /// <summary>Runs one test under its budget; an overrun adds its failure to <paramref name="aggregator"/>.</summary>
    public static async Task<decimal> RunAsync(Func<Task<decimal>> test, IEnumerable<object> fixtures, TimeSpan budget, ExceptionAggregator aggregator)
    {
        var hosts = new List<IStopsOnOverrun>(fixtures.OfType<IStopsOnOverrun>());
        HostsOfTheTest.Value = hosts;
        var overran = false;
        using var timer = new CancellationTokenSource(budget);
        using var stop = timer.Token.Register(() =>
        {
            overran = true;
            IStopsOnOverrun[] all;
            lock (hosts)
            {
                all = [.. hosts];
            }
            _ = Task.WhenAll(all.Select(h => h.StopAsync()));
        });
        var time = await test();
        if (overran)
        {
            aggregator.Add(new TimeoutException($"The test ran past its budget of {budget.TotalSeconds:0} s, so the DevHosts it used were stopped."));
        }
        return time;
    }
}
