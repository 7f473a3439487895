using System.Reflection;
using OrderFlow.DevHost;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.DevHost.Discovery;
using OrderFlow.Functions;

// Serves OrderFlow.Functions by default; "--functions path/to/Other.dll" serves another functions assembly.
var functionsPath = args.SkipWhile(a => a != "--functions").Skip(1).FirstOrDefault();
var assembly = functionsPath is null ? typeof(OrderFlowFunctionServices).Assembly : FunctionsAssemblyLoader.Load(functionsPath);
try
{
    var demoData = functionsPath is null ? Path.Combine(AppContext.BaseDirectory, "demo-data.json") : null;
    await using var server = await DevHostServer.StartAsync(new DevHostStartOptions(assembly) { Args = args, DemoDataFile = demoData });
    await server.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is DependencyMissingException or FunctionDiscoveryException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
