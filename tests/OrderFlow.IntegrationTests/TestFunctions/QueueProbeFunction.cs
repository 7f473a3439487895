using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.IntegrationTests.TestFunctions;

public sealed class QueueProbeFunction(EffectLog effects)
{
    [Function("ProbeQueue")]
    public Task RunAsync([QueueTrigger("%TestWorkQueue%")] WorkItem item) =>
        item.Fail ? throw new InvalidOperationException($"work item {item.Id} fails on purpose") : effects.RecordAsync("queue", item.Id);
}

public sealed record WorkItem(string Id, bool Fail);
