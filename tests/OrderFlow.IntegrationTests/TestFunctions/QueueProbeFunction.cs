using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.IntegrationTests.TestFunctions;

public sealed class QueueProbeFunction(EffectLog effects)
{
    /// <summary>Runs of a work item that takes a while are recorded as they start, so a second delivery shows at once.</summary>
    public const string RunsGroup = "queue-runs";

    [Function("ProbeQueue")]
    public async Task RunAsync([QueueTrigger("%TestWorkQueue%")] WorkItem item)
    {
        if (item.Fail)
        {
            throw new InvalidOperationException($"work item {item.Id} fails on purpose");
        }
        if (item.Seconds > 0)
        {
            await effects.RecordAsync(RunsGroup, item.Id);
            await Task.Delay(TimeSpan.FromSeconds(item.Seconds));
        }
        await effects.RecordAsync("queue", item.Id);
    }
}

public sealed record WorkItem(string Id, bool Fail, int Seconds = 0);
