using System.Collections.Concurrent;
using System.Diagnostics;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Every DevHost the test run starts, in this process or as a process of its own, named by what started it, and how
/// long the starts and stops that were timed took. Each start costs seconds, so the run prints how many it made
/// (<see cref="RunLastTestFramework"/>): a count that, unlike the run's time, the machine's load does not blur.
/// </summary>
static class DevHostStarts
{
    static readonly ConcurrentQueue<string> Starts = new();
    static readonly ConcurrentQueue<TimeSpan> Starting = new();
    static readonly ConcurrentQueue<TimeSpan> Stopping = new();

    public static void Record(string startedBy) => Starts.Enqueue(startedBy);

    /// <summary>Records the start and answers the host <paramref name="start"/> started, timed.</summary>
    public static async Task<T> TimedAsync<T>(string startedBy, Func<Task<T>> start)
    {
        Record(startedBy);
        var clock = Stopwatch.StartNew();
        var host = await start();
        Starting.Enqueue(clock.Elapsed);
        return host;
    }

    /// <summary>Stops a host, timed.</summary>
    public static async Task TimedStopAsync(Func<Task> stop)
    {
        var clock = Stopwatch.StartNew();
        await stop();
        Stopping.Enqueue(clock.Elapsed);
    }

    public static string Summary() =>
        $"DevHost start-ups: {Starts.Count} ({string.Join(", ", Starts.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); "
        + $"{Timed("starts", Starting)}, {Timed("stops", Stopping)}";

    static string Timed(string what, ConcurrentQueue<TimeSpan> times) =>
        times.IsEmpty ? $"no {what} timed" : $"{times.Count} {what} timed: {times.Sum(t => t.TotalSeconds):0} s in all, {times.Average(t => t.TotalSeconds):0.0} s each, {times.Max(t => t.TotalSeconds):0.0} s at most";
}
