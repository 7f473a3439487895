using System.Collections.Concurrent;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// DevHosts whose tests are done, stopping in the background. A stop can last the host's whole shutdown timeout
/// (30 s) while its collection's slot could start the next collection; the run waits for every stop before the
/// collection that runs last (<see cref="RunLastTestFramework"/>), so that no app still writes when it looks.
/// </summary>
static class HostStops
{
    static readonly ConcurrentQueue<Task> Stopping = new();

    public static void Begin(Func<Task> stop) => Stopping.Enqueue(Task.Run(stop));

    /// <summary>Waits for every stop begun so far; answers the failures, as text.</summary>
    public static async Task<IReadOnlyList<string>> AllAsync()
    {
        var failures = new List<string>();
        while (Stopping.TryDequeue(out var stop))
        {
            try
            {
                await stop;
            }
            catch (Exception ex)
            {
                failures.Add(ex.ToString());
            }
        }
        return failures;
    }
}
