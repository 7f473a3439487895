using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Benchmarks;
using OrderFlow.Benchmarks.Soak;
using OrderFlow.Benchmarks.Throughput;
using OrderFlow.DevHost;
using OrderFlow.DevHost.Dependencies;

// "dotnet run -c Release -- <mode>" runs one benchmark: intake (webhook intake), invoices (invoice list), throughput
// (orders/s against the storage ceiling), enps (eNPS of a large round), kpi (KPI report), documents (invoice PDF
// beside UBL), fuzz N (every parser on N generated inputs, no storage), sample-pdf DIR (not a benchmark: writes the
// demo invoice docs/finance.md shows, in each language), soak [minutes] [--rate orders/s] (steady mixed load, exits 1
// when a target is missed), faults [name] (the integration tests' fault scenarios at full size); with no argument, the
// orchestration one.
// Warm five-activity orchestration latency on DevHost (Durable Task on the Azure Storage provider over Azurite),
// side by side with the same orchestration on the in-memory Durable Task test host in the same run.
const int WarmUp = 10;
const int Count = 100;
const int Concurrent = 100;

if (args.FirstOrDefault() == "fuzz")
{
    return ParserFuzz.Run(ParserFuzz.CaseCount(args));
}
if (args.FirstOrDefault() == "sample-pdf")
{
    SamplePdf.Write(args.ElementAtOrDefault(1) ?? ".");
    return 0;
}
if (args.FirstOrDefault() == "faults")
{
    return await FullSizeFaults.RunAsync(args.ElementAtOrDefault(1));
}
if (args.FirstOrDefault() == "documents")
{
    DocumentRenderBenchmark.Run();
    return 0;
}

var state = LocalState.Resolve(new ConfigurationBuilder().Build());
await using var children = new ChildProcesses(state.PathOf("benchmark-children.json"));
if (args.FirstOrDefault() == "soak")
{
    return await SoakBenchmark.RunAsync(state, children, SoakPlan.Parse(args)) ? 0 : 1;
}
// Throughput and intake start an Azurite of their own for each phase; the others share one, in memory.
Task<string> SharedAzuriteAsync() => Azurite.StartAsync(state, children, dataDirectory: null, CancellationToken.None);
Func<Task>? benchmark = args.FirstOrDefault() switch
{
    "intake" => () => IntakeBenchmark.RunAsync(state),
    "throughput" => () => ThroughputBenchmark.RunAsync(state, children, ThroughputBenchmark.OrderCount(args)),
    "invoices" => async () => await InvoiceListBenchmark.RunAsync(await SharedAzuriteAsync()),
    "orderlist" => async () => await OrderListBenchmark.RunAsync(await SharedAzuriteAsync()),
    "enps" => async () => await EnpsBenchmark.RunAsync(await SharedAzuriteAsync()),
    "kpi" => async () => await KpiReportBenchmark.RunAsync(await SharedAzuriteAsync()),
    _ => null,
};
if (benchmark is not null)
{
    await benchmark();
    return 0;
}
var storage = await SharedAzuriteAsync();

await using var inMemory = await DurableTaskTestHost.StartAsync(registry => registry
    .AddOrchestratorFunc<object?, int>(FiveStepFunctions.InMemoryWorkflow, (context, _) => FiveStepFunctions.RunStepsAsync(context, FiveStepFunctions.InMemoryStep))
    .AddActivityFunc<int, int>(FiveStepFunctions.InMemoryStep, (_, step) => step));
var floor = await OrchestrationLatency.MeasureAsync(inMemory.Client, FiveStepFunctions.InMemoryWorkflow, WarmUp, Count);

var started = Stopwatch.StartNew();
await using var devHost = await DevHostServer.StartAsync(new DevHostStartOptions(typeof(FiveStepFunctions).Assembly)
{
    Settings = ProductDevHost.BaseSettings(storage, state.PathOf("benchmark")),
    PrintBanner = false,
});
var startup = started.Elapsed;
var client = devHost.Services.GetRequiredService<DurableTaskClient>();
var measured = await OrchestrationLatency.MeasureAsync(client, FiveStepFunctions.Workflow, WarmUp, Count);
var throughput = await OrchestrationLatency.ThroughputAsync(client, FiveStepFunctions.Workflow, Concurrent);

Console.WriteLine($"Five-activity orchestration, warm, {Count} one after another ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
Console.WriteLine($"  DevHost (Azure Storage provider on Azurite)  {measured}");
Console.WriteLine($"  in-memory Durable Task test host             {floor}");
Console.WriteLine($"  ratio DevHost / in-memory at p50             {measured.P50 / floor.P50:0.0}x");
// The in-memory host is no floor for throughput (it serialises its work), so this figure stands alone:
// on DevHost it is bounded by Azurite's single Node.js thread.
Console.WriteLine($"Throughput, {Concurrent} started at once on DevHost: {throughput:0.0} orchestrations/s");
Console.WriteLine($"DevHost start-up in process (Azurite already running): {startup.TotalMilliseconds:0} ms");
return 0;
