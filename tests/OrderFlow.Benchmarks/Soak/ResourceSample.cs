using Azure.Storage.Queues;
using OrderFlow.Benchmarks.Throughput;

namespace OrderFlow.Benchmarks.Soak;

/// <summary>
/// Messages in one group of queues: all of them, and those ready to be taken now (the backlog), as peeks see them:
/// a peek returns at most 32, so a queue with more ready counts 32 and the total is marked uncounted ("+").
/// </summary>
readonly record struct QueueDepth(long Held, long Ready, bool ReadyUncounted)
{
    public const int PeekLimit = 32;

    public QueueDepth Plus(long held, int ready) => new(Held + held, Ready + ready, ReadyUncounted || ready >= PeekLimit);

    public override string ToString() => $"{Ready}{(ReadyUncounted ? "+" : "")}/{Held}";
}

/// <summary>
/// Memory and backlog at one instant: this process's working set and GC heap (DevHost runs in it, beside a load
/// generator that keeps only per-minute counts), Azurite's resident memory, and the messages in the app's queues, the
/// task hub's and the poison queues. A queue holds messages hidden until later as well as ready ones: the task hub's
/// control queues keep every durable timer an order set (stage limits run for days) until it is due, even after the
/// order ended, so their count grows with the orders taken; the backlog is what is ready.
/// </summary>
sealed record ResourceSample(double WorkingSetMb, double GcHeapMb, double AzuriteRssMb, QueueDepth App, QueueDepth Hub, long Poisoned)
{
    const double Mb = 1024 * 1024;

    public static async Task<ResourceSample> TakeAsync(AzuriteProcess azurite, QueueServiceClient queues, string taskHub)
    {
        QueueDepth app = default, hub = default;
        long poisoned = 0;
        await foreach (var item in queues.GetQueuesAsync())
        {
            var queue = queues.GetQueueClient(item.Name);
            var held = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            if (item.Name.EndsWith("-poison", StringComparison.Ordinal))
            {
                poisoned += held;
                continue;
            }
            var ready = held == 0 ? 0 : (await queue.PeekMessagesAsync(QueueDepth.PeekLimit)).Value.Length;
            if (item.Name.StartsWith(taskHub, StringComparison.OrdinalIgnoreCase))
            {
                hub = hub.Plus(held, ready);
            }
            else
            {
                app = app.Plus(held, ready);
            }
        }
        // GC.GetTotalMemory(false) is what dotnet-counters shows as "GC Heap Size", without forcing a collection.
        return new ResourceSample(Environment.WorkingSet / Mb, GC.GetTotalMemory(forceFullCollection: false) / Mb,
            azurite.ResidentBytes() / Mb, app, hub, poisoned);
    }
}
