using System.Collections.Concurrent;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// Every DevHost the test run starts, in this process or as a process of its own, named by what started it. Each
/// start costs seconds, so the run prints how many it made (<see cref="RunLastTestFramework"/>): a figure that,
/// unlike the run's time, the machine's load does not blur.
/// </summary>
static class DevHostStarts
{
    static readonly ConcurrentQueue<string> Starts = new();

    public static void Record(string startedBy) => Starts.Enqueue(startedBy);

    public static string Summary() =>
        $"DevHost start-ups: {Starts.Count} ({string.Join(", ", Starts.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))})";
}
