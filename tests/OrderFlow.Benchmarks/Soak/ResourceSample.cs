using Azure.Storage.Queues;
using OrderFlow.Benchmarks.Throughput;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Memory and backlog at one instant: this process's working set and GC heap (DevHost runs in it, beside a load
/// generator that keeps only per-minute counts), Azurite's resident memory, and the messages waiting in the app's
/// queues, the task hub's and the poison queues.
/// </summary>
sealed record ResourceSample(double WorkingSetMb, double GcHeapMb, double AzuriteRssMb, long AppQueued, long HubQueued, long Poisoned)
{
    const double Mb = 1024 * 1024;

    public static async Task<ResourceSample> TakeAsync(AzuriteProcess azurite, QueueServiceClient queues, string taskHub)
    {
        long app = 0, hub = 0, poisoned = 0;
        await foreach (var queue in queues.GetQueuesAsync())
        {
            var waiting = (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            if (queue.Name.EndsWith("-poison", StringComparison.Ordinal))
            {
                poisoned += waiting;
            }
            else if (queue.Name.StartsWith(taskHub, StringComparison.OrdinalIgnoreCase))
            {
                hub += waiting;
            }
            else
            {
                app += waiting;
            }
        }
        // GC.GetTotalMemory(false) is what dotnet-counters shows as "GC Heap Size", without forcing a collection.
        return new ResourceSample(Environment.WorkingSet / Mb, GC.GetTotalMemory(forceFullCollection: false) / Mb,
            azurite.ResidentBytes() / Mb, app, hub, poisoned);
    }
}
