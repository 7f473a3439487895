using System.Collections.Concurrent;
using System.Diagnostics;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>A child process with the tail of its output kept, so a failed start can say why.</summary>
sealed class StartedProcess
{
    const int KeptLines = 40;
    readonly ConcurrentQueue<string> tail = new();

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

    /// <summary>Waits until the process accepts connections on <paramref name="port"/>; fails fast if it exits.</summary>
    public async Task WaitUntilListeningAsync(int port, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await FreePort.IsListeningAsync(port))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited during start-up:{Environment.NewLine}{RecentOutput}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not listen on port {port} within {timeout.TotalSeconds:0} s:{Environment.NewLine}{RecentOutput}");
            }
            await Task.Delay(100);
        }
    }

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
    }
}
