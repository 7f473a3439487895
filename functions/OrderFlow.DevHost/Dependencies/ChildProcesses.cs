using System.Diagnostics;
using System.Text.Json;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// The processes DevHost started (Azurite, smtp4dev). They stop with DevHost; their IDs are kept in a file in its state
/// folder so that after a crash the next start from that folder stops the orphans before starting new ones. Only that
/// file is read: the children of a DevHost with another state folder are never touched.
/// </summary>
sealed class ChildProcesses : IAsyncDisposable
{
    /// <summary>The file's name in a state folder.</summary>
    public const string FileName = "children.json";

    static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    readonly string pidFile;
    readonly List<Process> running = [];
    readonly Lock gate = new();
    readonly CancellationTokenSource stopping = new();

    public ChildProcesses(string pidFile)
    {
        this.pidFile = pidFile;
        StopStale();
    }

    /// <summary>
    /// Cancelled once DevHost stops its children (disposed): from then on no child starts, and none that exits is
    /// started again.
    /// </summary>
    public CancellationToken Stopping => stopping.Token;

    /// <summary>
    /// Starts a child with its output captured (the start info must redirect both streams); refused once
    /// <see cref="Stopping"/>, as a child started then would outlive DevHost.
    /// </summary>
    public StartedProcess Start(ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        lock (gate)
        {
            if (stopping.IsCancellationRequested)
            {
                throw new OperationCanceledException($"DevHost is stopping: {startInfo.FileName} not started.");
            }
            var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {startInfo.FileName}.");
            running.Add(process);
            Save();
            return new StartedProcess(process);
        }
    }

    public ValueTask DisposeAsync()
    {
        stopping.Cancel();
        lock (gate)
        {
            Stop(running);
            running.Clear();
            File.Delete(pidFile);
        }
        stopping.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The processes <paramref name="pidFile"/> records that still run: a recycled PID belongs to someone else, so
    /// only a process started when the recorded one was counts.
    /// </summary>
    public static List<Process> Recorded(string pidFile)
    {
        var recorded = new List<Process>();
        if (!File.Exists(pidFile))
        {
            return recorded;
        }
        foreach (var entry in JsonSerializer.Deserialize<List<ChildRecord>>(File.ReadAllText(pidFile)) ?? [])
        {
            try
            {
                var process = Process.GetProcessById(entry.Pid);
                // Start times read on Linux can differ by a few milliseconds from one read to the next.
                if (Math.Abs(process.StartTime.ToUniversalTime().Ticks - entry.StartedTicks) < TimeSpan.TicksPerSecond)
                {
                    recorded.Add(process);
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
        return recorded;
    }

    void StopStale()
    {
        var orphans = Recorded(pidFile);
        Stop(orphans);
        orphans.ForEach(p => p.Dispose());
        File.Delete(pidFile);
    }

    /// <summary>Written beside and moved over the file, so that neither a crash nor a reader ever sees half of it.</summary>
    void Save()
    {
        var written = pidFile + ".new";
        File.WriteAllText(written, JsonSerializer.Serialize(
            running.Where(p => !p.HasExited).Select(p => new ChildRecord(p.Id, p.StartTime.ToUniversalTime().Ticks)).ToList()));
        File.Move(written, pidFile, overwrite: true);
    }

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
