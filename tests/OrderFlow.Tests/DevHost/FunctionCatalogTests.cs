using OrderFlow.DevHost.Discovery;
using OrderFlow.Functions;

namespace OrderFlow.Tests.DevHost;

public class FunctionCatalogTests
{
    static FunctionCatalog Discover(params Type[] types) => FunctionCatalog.Discover(typeof(FunctionCatalogTests).Assembly, types);

    static string SingleProblem(params Type[] types) =>
        Assert.Single(Assert.Throws<FunctionDiscoveryException>(() => Discover(types)).Problems);

    [Fact]
    public void Discover_SupportedTriggers_ReadsKindAndBindings()
    {
        var catalog = Discover(typeof(SupportedFunctions));

        Assert.Equal(
            ["Flow:Orchestration", "GetItem:Http", "Nightly:Timer", "Step:Activity", "Typed:Queue", "Work:Queue"],
            catalog.Functions.Select(f => $"{f.Name}:{f.Kind}").Order(StringComparer.Ordinal));
        var getItem = catalog.Find("getitem")!;
        Assert.Equal(
            [BindingSource.Trigger, BindingSource.RouteValue, BindingSource.DurableClient, BindingSource.CancellationToken],
            getItem.Parameters.Select(p => p.Source));
        Assert.Equal(typeof(SampleMessage), catalog.Find("Step")!.TriggerType);
        Assert.Equal(typeof(int), catalog.Find("Step")!.ResultType);
        Assert.Equal(typeof(string), catalog.Find("Flow")!.ResultType);
    }

    [Fact]
    public void Discover_UnsupportedTrigger_NamesFunctionAndTrigger()
    {
        var problem = SingleProblem(typeof(EntityFunction));

        Assert.Contains("'Counter'", problem, StringComparison.Ordinal);
        Assert.Contains("trigger 'EntityTrigger' is not supported", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_OutputBinding_NamesBinding()
    {
        var problems = Assert.Throws<FunctionDiscoveryException>(() => Discover(typeof(OutputBindingFunction))).Problems;

        Assert.Contains(problems, p => p.Contains("'Forward'", StringComparison.Ordinal) && p.Contains("output binding 'QueueOutput'", StringComparison.Ordinal));
    }

    [Fact]
    public void Discover_HttpFunctionNotReturningIResult_Refused()
    {
        Assert.Contains("return type Object is not supported for a Http function", SingleProblem(typeof(ActionResultFunction)), StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_ParameterWithoutBinding_NamesParameter()
    {
        Assert.Contains("parameter 'context' of type FunctionContext", SingleProblem(typeof(ContextParameterFunction)), StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_NameUsedTwice_Refused()
    {
        Assert.Contains("the name is used by 2 methods", SingleProblem(typeof(TwinFunctions)), StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SeveralBadFunctions_ListsEveryProblem()
    {
        var error = Assert.Throws<FunctionDiscoveryException>(() => Discover(typeof(EntityFunction), typeof(OutputBindingFunction), typeof(SupportedFunctions)));

        // Forward has two: its output binding and the return value that feeds it.
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("Counter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forward", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_ProductAssembly_ServesEveryFunction()
    {
        var assembly = typeof(OrderFlowFunctionServices).Assembly;
        var declared = assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Count(m => m.GetCustomAttributes(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute), false).Length > 0);

        var catalog = FunctionCatalog.Discover(assembly);

        Assert.True(declared > 0);
        Assert.Equal(declared, catalog.Functions.Count);
    }
}
