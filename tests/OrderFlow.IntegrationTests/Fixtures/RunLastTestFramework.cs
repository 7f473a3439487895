using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("OrderFlow.IntegrationTests.Fixtures.RunLastTestFramework", "OrderFlow.IntegrationTests")]

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// xUnit as usual, except that every test runs under its <see cref="TestBudget"/>, and that the collection
/// <see cref="RunLast.Collection"/> starts once every other collection has finished and every DevHost has stopped
/// (<see cref="HostStops"/>), so its tests see what the whole run left behind (every document the run's apps issued).
/// Its failures are ordinary test failures and fail the run. At the end it prints how many DevHosts the run started
/// and how long their starts and stops took (a diagnostic message: xunit.runner.json turns them on).
/// </summary>
public sealed class RunLastTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // xUnit's signature: the runner reports its end (and any error) through the message sink, not this method.
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions) =>
            _ = RunAsync(testCases, executionMessageSink, executionOptions);

        async Task RunAsync(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    sealed class Runner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        // xUnit's own runner limits the collections running at once to maxParallelThreads in the method this class
        // replaces; without the same limit every collection starts its apps at once and a two-core machine drowns.
        readonly SemaphoreSlim collectionsAtOnce = new(Math.Max(1, executionOptions.MaxParallelThreadsOrDefault()));

        protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellationTokenSource)
        {
            var all = TestCases.ToList();
            TestCases = [.. all.Where(c => !RunsLast(c))];
            var summary = await base.RunTestCollectionsAsync(messageBus, cancellationTokenSource);
            await StoppedAsync(messageBus);
            // Test cases carry copies of their collection: equal by ID, not by reference.
            foreach (var last in all.Where(RunsLast).GroupBy(c => c.TestMethod.TestClass.TestCollection.UniqueID))
            {
                summary.Aggregate(await RunTestCollectionAsync(messageBus, last.First().TestMethod.TestClass.TestCollection, [.. last], cancellationTokenSource));
            }
            await StoppedAsync(messageBus);
            TestCases = all;
            DiagnosticMessageSink.OnMessage(new DiagnosticMessage(DevHostStarts.Summary()));
            return summary;
        }

        /// <summary>Waits for the DevHosts stopping in the background; a host that failed to stop fails the run.</summary>
        async Task StoppedAsync(IMessageBus messageBus)
        {
            foreach (var failure in await HostStops.AllAsync())
            {
                messageBus.QueueMessage(new ErrorMessage(TestCases, new InvalidOperationException("A DevHost failed to stop: " + failure)));
            }
        }

        protected override async Task<RunSummary> RunTestCollectionAsync(
            IMessageBus messageBus, ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource)
        {
            await collectionsAtOnce.WaitAsync(cancellationTokenSource.Token);
            try
            {
                return await new BudgetedCollectionRunner(
                    testCollection, testCases, DiagnosticMessageSink, messageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), cancellationTokenSource).RunAsync();
            }
            finally
            {
                collectionsAtOnce.Release();
            }
        }

        public override void Dispose()
        {
            collectionsAtOnce.Dispose();
            base.Dispose();
        }

        static bool RunsLast(IXunitTestCase testCase) => testCase.TestMethod.TestClass.TestCollection.DisplayName == RunLast.Collection;
    }
}

/// <summary>The collection that runs after all others (see <see cref="RunLastTestFramework"/>).</summary>
public static class RunLast
{
    public const string Collection = "runs last";
}
