using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OrderFlow.IntegrationTests.Fixtures;

// xUnit's runners from the collection down to the single test, each creating the next, so that every test runs under
// TestBudget. Each only passes its own arguments on; test cases of other kinds run as xUnit runs them.

sealed class BudgetedCollectionRunner(
    ITestCollection testCollection, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus,
    ITestCaseOrderer testCaseOrderer, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTestCollectionRunner(testCollection, testCases, diagnosticMessageSink, messageBus, testCaseOrderer, aggregator, cancellationTokenSource)
{
    readonly IMessageSink diagnostics = diagnosticMessageSink;

    protected override Task<RunSummary> RunTestClassAsync(ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases) =>
        new BudgetedClassRunner(testClass, @class, testCases, diagnostics, MessageBus, TestCaseOrderer, new ExceptionAggregator(Aggregator), CancellationTokenSource, CollectionFixtureMappings)
            .RunAsync();
}

sealed class BudgetedClassRunner(
    ITestClass testClass, IReflectionTypeInfo @class, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageBus messageBus,
    ITestCaseOrderer testCaseOrderer, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource, IDictionary<Type, object> collectionFixtureMappings)
    : XunitTestClassRunner(testClass, @class, testCases, diagnosticMessageSink, messageBus, testCaseOrderer, aggregator, cancellationTokenSource, collectionFixtureMappings)
{
    protected override Task<RunSummary> RunTestMethodAsync(ITestMethod testMethod, IReflectionMethodInfo method, IEnumerable<IXunitTestCase> testCases, object[] constructorArguments) =>
        new BudgetedMethodRunner(testMethod, Class, method, testCases, DiagnosticMessageSink, MessageBus, new ExceptionAggregator(Aggregator), CancellationTokenSource, constructorArguments)
            .RunAsync();
}

sealed class BudgetedMethodRunner(
    ITestMethod testMethod, IReflectionTypeInfo @class, IReflectionMethodInfo method, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink,
    IMessageBus messageBus, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource, object[] constructorArguments)
    : XunitTestMethodRunner(testMethod, @class, method, testCases, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource, constructorArguments)
{
    readonly IMessageSink diagnostics = diagnosticMessageSink;
    readonly object[] fixtures = constructorArguments;

    protected override Task<RunSummary> RunTestCaseAsync(IXunitTestCase testCase)
    {
        var aggregator = new ExceptionAggregator(Aggregator);
        return testCase.GetType() == typeof(XunitTestCase)
            ? new BudgetedCaseRunner(testCase, testCase.DisplayName, testCase.SkipReason, fixtures, testCase.TestMethodArguments, MessageBus, aggregator, CancellationTokenSource).RunAsync()
            : testCase.GetType() == typeof(XunitTheoryTestCase)
                ? new BudgetedTheoryRunner(testCase, testCase.DisplayName, testCase.SkipReason, fixtures, diagnostics, MessageBus, aggregator, CancellationTokenSource).RunAsync()
                : base.RunTestCaseAsync(testCase);
    }
}

sealed class BudgetedCaseRunner(
    IXunitTestCase testCase, string displayName, string skipReason, object[] constructorArguments, object[] testMethodArguments, IMessageBus messageBus,
    ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTestCaseRunner(testCase, displayName, skipReason, constructorArguments, testMethodArguments, messageBus, aggregator, cancellationTokenSource)
{
    protected override XunitTestRunner CreateTestRunner(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod,
        object[] testMethodArguments, string skipReason, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        new BudgetedTestRunner(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, new ExceptionAggregator(aggregator), cancellationTokenSource);
}

sealed class BudgetedTheoryRunner(
    IXunitTestCase testCase, string displayName, string skipReason, object[] constructorArguments, IMessageSink diagnosticMessageSink, IMessageBus messageBus,
    ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTheoryTestCaseRunner(testCase, displayName, skipReason, constructorArguments, diagnosticMessageSink, messageBus, aggregator, cancellationTokenSource)
{
    protected override XunitTestRunner CreateTestRunner(ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod,
        object[] testMethodArguments, string skipReason, IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        new BudgetedTestRunner(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, new ExceptionAggregator(aggregator), cancellationTokenSource);
}

sealed class BudgetedTestRunner(
    ITest test, IMessageBus messageBus, Type testClass, object[] constructorArguments, MethodInfo testMethod, object[] testMethodArguments, string skipReason,
    IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : XunitTestRunner(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        TestBudget.RunAsync(() => base.InvokeTestMethodAsync(aggregator), ConstructorArguments, TestBudget.Budget, aggregator);
}
