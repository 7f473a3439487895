using System.Diagnostics;
using System.Text.Json;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// The processes DevHost started (Azurite, smtp4dev). They stop with DevHost; their IDs are kept in a file so that
/// after a crash the next start stops the orphans before starting new ones.
/// </summary>
sealed class ChildProcesses : IAsyncDisposable
{
    static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    readonly string pidFile;
    readonly List<Process> running = [];
    readonly Lock gate = new();

    public ChildProcesses(string pidFile)
    {
        this.pidFile = pidFile;
        StopStale();
    }

    /// <summary>Starts a child with its output captured (the start info must redirect both streams).</summary>
    public StartedProcess Start(ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {startInfo.FileName}.");
        lock (gate)
        {
            running.Add(process);
            Save();
        }
        return new StartedProcess(process);
    }

    public ValueTask DisposeAsync()
    {
        lock (gate)
        {
            Stop(running);
            running.Clear();
            File.Delete(pidFile);
        }
        return ValueTask.CompletedTask;
    }

    void StopStale()
    {
        if (!File.Exists(pidFile))
        {
            return;
        }
        var orphans = new List<Process>();
        foreach (var entry in JsonSerializer.Deserialize<List<ChildRecord>>(File.ReadAllText(pidFile)) ?? [])
        {
            try
            {
                var process = Process.GetProcessById(entry.Pid);
                // A recycled PID belongs to someone else: only stop the process we started. Start times
                // read on Linux can differ by a few milliseconds from one read to the next.
                if (Math.Abs(process.StartTime.ToUniversalTime().Ticks - entry.StartedTicks) < TimeSpan.TicksPerSecond)
                {
                    orphans.Add(process);
                }
                else
                {
                    process.Dispose();
                }
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
        Stop(orphans);
        orphans.ForEach(p => p.Dispose());
        File.Delete(pidFile);
    }

    void Save() => File.WriteAllText(pidFile, JsonSerializer.Serialize(
        running.Where(p => !p.HasExited).Select(p => new ChildRecord(p.Id, p.StartTime.ToUniversalTime().Ticks)).ToList()));

    /// <summary>
    /// Asks each process to stop, then waits for them together; kills one (and what it started) only if it does not
    /// stop in time. Azurite keeps its tables and queues in memory and writes them to disk every few seconds and as
    /// it stops: killed, it loses what it acknowledged since, leaving a task hub's histories and queues out of step.
    /// </summary>
    static void Stop(List<Process> processes)
    {
        var asked = processes.Select(p => !HasExited(p) && StopSignal.Send(p)).ToList();
        var deadline = DateTime.UtcNow + StopGrace;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            try
            {
                if (!HasExited(process) && !(asked[i] && process.WaitForExit(Remaining(deadline))))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(5));
                }
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }
    }

    static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    static TimeSpan Remaining(DateTime deadline) => deadline > DateTime.UtcNow ? deadline - DateTime.UtcNow : TimeSpan.Zero;

    sealed record ChildRecord(int Pid, long StartedTicks);
}
