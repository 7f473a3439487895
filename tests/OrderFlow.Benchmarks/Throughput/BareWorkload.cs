using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>The yardstick: the same number of bare five-activity orchestrations, all started at once, on their own task hub.</summary>
static class BareWorkload
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static async Task<PhaseMeasurement> RunAsync(ThroughputSetup setup, int orchestrations)
    {
        await using var devHost = await BenchHosts.StartAsync(typeof(FiveStepFunctions).Assembly, BenchHosts.BareHub, setup.Proxy.ConnectionString, setup.SmtpPort, setup.State);
        var client = devHost.Services.GetRequiredService<DurableTaskClient>();
        var instances = new TableServiceClient(setup.Storage).GetTableClient(BenchHosts.BareHub + "Instances");
        return await PhaseMeasurement.MeasureAsync(orchestrations, setup.Proxy, setup.Azurite, async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, orchestrations).Select(_ => client.ScheduleNewOrchestrationInstanceAsync(FiveStepFunctions.Workflow)));
            return await CompletionWatch.WaitAsync(instances, filter: null, "RuntimeStatus", orchestrations, new HashSet<string> { "Failed", "Terminated" }, Timeout);
        });
    }
}
