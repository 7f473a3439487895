namespace OrderFlow.DevHost.Dependencies;

/// <summary>
/// Keeps the Azurite DevHost started running until DevHost stops its children: when it exits unasked (it crashed, or
/// was stopped or killed from outside), it is started again on the same ports and data folder, so the connection string
/// the app holds stays valid and the tables, queues and containers the app created once are still there. That holds
/// while DevHost itself stops, too: Ctrl+C in a terminal reaches Azurite as well, and DevHost's stop still talks to
/// storage (without it, about a minute of storage retries). Only an Azurite with a data folder is supervised: one in
/// memory would come back empty, under caches that take its tables for created.
/// </summary>
sealed partial class AzuriteSupervisor(LocalState state, ChildProcesses children, string dataDirectory, ILogger<AzuriteSupervisor> logger)
{
    static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(1);
    static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(30);

    /// <summary>Starts Azurite, watched until DevHost stops its children; answers where it listens.</summary>
    public async Task<AzuritePorts> StartAsync(CancellationToken cancellationToken)
    {
        var stopping = children.Stopping;
        var (ports, process) = await Azurite.StartProcessAsync(state, children, dataDirectory, AzuritePorts.Any, cancellationToken);
        _ = WatchAsync(ports, process, stopping);
        return ports;
    }

    async Task WatchAsync(AzuritePorts ports, StartedProcess running, CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await running.Process.WaitForExitAsync(stopping);
                running = await RestartAsync(ports, running.Process.ExitCode, stopping);
            }
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // DevHost is stopping, and stops Azurite itself.
        }
    }

    /// <summary>Starts Azurite again after a short wait, and after longer ones while it will not start.</summary>
    async Task<StartedProcess> RestartAsync(AzuritePorts ports, int exitCode, CancellationToken stopping)
    {
        for (var backOff = FirstBackOff; ; backOff = Longer(backOff))
        {
            await Task.Delay(backOff, stopping);
            try
            {
                var (_, process) = await Azurite.StartProcessAsync(state, children, dataDirectory, ports, stopping);
                LogRestarted(logger, exitCode, ports.Blob, ports.Queue, ports.Table, dataDirectory);
                return process;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                // A port taken meanwhile, node gone: it is tried again, as the app cannot work without it.
                LogRestartFailed(logger, ex, Longer(backOff).TotalSeconds);
            }
        }
    }

    static TimeSpan Longer(TimeSpan backOff) => backOff * 2 < LongestBackOff ? backOff * 2 : LongestBackOff;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azurite exited unasked (exit code {ExitCode}); started it again on the same ports (blob {BlobPort}, queue {QueuePort}, table {TablePort}) and data in {DataDirectory}")]
    static partial void LogRestarted(ILogger logger, int exitCode, int blobPort, int queuePort, int tablePort, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Azurite did not start again on its ports; trying again in {Seconds} s")]
    static partial void LogRestartFailed(ILogger logger, Exception exception, double seconds);
}
