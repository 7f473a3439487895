using System.Diagnostics;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// Azurite's ceiling for a given mix: the counted operations replayed straight on Azurite (each kind as often as
/// counted, spread evenly through the run) with enough requests in flight to keep its single thread busy.
/// </summary>
static class StorageCeiling
{
    const int InFlight = 64;

    public static async Task<CeilingMeasurement> MeasureAsync(string storage, AzuriteProcess azurite, OperationSnapshot mix)
    {
        var kinds = mix.By(o => o.Kind);
        var (replays, queues) = await ReplayMix.PrepareAsync(new ReplayTargets(storage), kinds);
        var plan = Plan(kinds);
        var next = -1;
        var cpu = azurite.CpuMilliseconds();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < plan.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    await replays[plan[i]]();
                }
                catch (Azure.RequestFailedException ex) when (ex.Status is 404 or 409)
                {
                    // A message whose hidden time ran out, a row raced for: Azurite served the request all the same,
                    // as it does for the app's own lost races.
                }
            }
        }));
        var elapsed = watch.Elapsed;
        // Azurite served the extra receives too; the ledger receives beforehand what the counted deletes need, so they stay few.
        var replayed = plan.Count + queues.ExtraReceives;
        return new(replayed / elapsed.TotalSeconds, replayed, queues.ExtraReceives, (azurite.CpuMilliseconds() - cpu) / elapsed.TotalMilliseconds);
    }

    /// <summary>Every kind as many times as counted, each spread evenly over the run (no randomness, same order each run).</summary>
    static List<string> Plan(IReadOnlyDictionary<string, OperationTotals> kinds) =>
    [
        .. kinds
            .SelectMany(k => Enumerable.Range(0, (int)k.Value.Count).Select(j => (Kind: k.Key, At: (j + 0.5) / k.Value.Count)))
            .OrderBy(step => step.At)
            .ThenBy(step => step.Kind, StringComparer.Ordinal)
            .Select(step => step.Kind),
    ];
}

/// <summary>
/// Raw operations per second, how many were replayed (extra receives included), and how busy Azurite was meanwhile
/// (1 = one core all the time).
/// </summary>
sealed record CeilingMeasurement(double OperationsPerSecond, int Replayed, int ExtraReceives, double AzuriteBusy);
