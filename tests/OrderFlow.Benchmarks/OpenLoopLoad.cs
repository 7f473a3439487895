using System.Diagnostics;

namespace OrderFlow.Benchmarks;

/// <summary>
/// Sends requests at a fixed rate whatever the answers' speed (an open loop, as webhooks arrive), and records each
/// request's time to its answer. Bounded in count and time; loopback only.
/// </summary>
static class OpenLoopLoad
{
    public static async Task<(Stats Latency, int Failures)> RunAsync(Func<int, Task<bool>> send, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        var runs = new List<Task<(double Ms, bool Ok)>>(total);
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var n = i;
            runs.Add(Task.Run(async () =>
            {
                var watch = Stopwatch.StartNew();
                var ok = await send(n);
                return (watch.Elapsed.TotalMilliseconds, ok);
            }));
        }
        var results = await Task.WhenAll(runs);
        return (Stats.Of([.. results.Select(r => r.Ms)]), results.Count(r => !r.Ok));
    }
}
