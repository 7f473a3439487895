using OrderFlow.IntegrationTests.Fixtures;
using Xunit.Sdk;

namespace OrderFlow.IntegrationTests.Harness;

/// <summary>The per-test budget that replaces xUnit's Timeout: an overrun stops the test's hosts and fails the test.</summary>
public class TestBudgetTests
{
    sealed class Host : IStopsOnOverrun
    {
        readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Stopped => stopped.Task;

        public Task StopAsync()
        {
            stopped.TrySetResult();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void EveryTest_RunsUnderABudget() => Assert.True(TestBudget.Watching);

    [Fact]
    public async Task Overrun_StopsTheFixtureAndTheHostTheTestStarted_AndFails()
    {
        var fixture = new Host();
        var startedByTheTest = new Host();
        var aggregator = new ExceptionAggregator();

        // A test that hangs until its hosts are stopped, as a test waiting on a stuck DevHost would.
        await TestBudget.RunAsync(async () =>
        {
            TestBudget.Started(startedByTheTest);
            await Task.WhenAll(fixture.Stopped, startedByTheTest.Stopped);
            return 0m;
        }, [fixture, "not a host"], TimeSpan.FromSeconds(1), aggregator);

        var failure = Assert.IsType<TimeoutException>(aggregator.ToException());
        Assert.Contains("budget of 1 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithinBudget_StopsNothing()
    {
        var fixture = new Host();
        var aggregator = new ExceptionAggregator();

        await TestBudget.RunAsync(() => Task.FromResult(0m), [fixture], TimeSpan.FromSeconds(30), aggregator);

        Assert.False(aggregator.HasExceptions);
        Assert.False(fixture.Stopped.IsCompleted);
    }
}
