using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// A child process with the tail of its output kept, so a failed start can say why. Children are started on port 0
/// and say which port they took: picking a free port first and passing it on leaves a moment in which another
/// process can take it.
/// </summary>
sealed class StartedProcess
{
    const int KeptLines = 40;
    // Enough for a start-up's output; a port announced later than this is not waited for.
    const int StartLines = 500;
    readonly ConcurrentQueue<string> tail = new();
    readonly List<string> startOutput = [];
    readonly List<(Regex Pattern, TaskCompletionSource<int> Port)> waiters = [];

    public StartedProcess(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string RecentOutput => string.Join(Environment.NewLine, tail);

    /// <summary>
    /// The port in the first output line matching <paramref name="listening"/> (its group "port"), which the process
    /// writes once it listens; fails fast if it exits first.
    /// </summary>
    public async Task<int> ListeningPortAsync(Regex listening, TimeSpan timeout, string what)
    {
        var found = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            if (startOutput.Select(line => PortIn(listening, line)).FirstOrDefault(port => port is not null) is { } seen)
            {
                return seen;
            }
            waiters.Add((listening, found));
        }
        using var stop = new CancellationTokenSource(timeout);
        var exited = Process.WaitForExitAsync(stop.Token);
        var first = await Task.WhenAny(found.Task, exited);
        if (first == found.Task)
        {
            return await found.Task;
        }
        throw Process.HasExited
            ? new InvalidOperationException($"{what} exited during start-up:{Environment.NewLine}{RecentOutput}")
            : new TimeoutException($"{what} did not say it listens within {timeout.TotalSeconds:0} s:{Environment.NewLine}{RecentOutput}");
    }

    static int? PortIn(Regex listening, string line) =>
        listening.Match(line) is { Success: true } match ? int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture) : null;

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        tail.Enqueue(line);
        while (tail.Count > KeptLines)
        {
            tail.TryDequeue(out _);
        }
        lock (waiters)
        {
            if (startOutput.Count < StartLines)
            {
                startOutput.Add(line);
            }
            foreach (var waiter in waiters.ToList())
            {
                if (PortIn(waiter.Pattern, line) is { } port)
                {
                    waiter.Port.TrySetResult(port);
                    waiters.Remove(waiter);
                }
            }
        }
    }
}
