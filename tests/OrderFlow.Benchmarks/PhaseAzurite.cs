using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks;

/// <summary>
/// An Azurite of its own for one phase of a benchmark, stopped (and its data folder deleted) after it. Azurite's cost
/// per request grows with everything it holds, so on a shared one the later phase would pay for the earlier one's data.
/// </summary>
sealed class PhaseAzurite : IAsyncDisposable
{
    readonly ChildProcesses process;
    readonly string? dataDirectory;

    PhaseAzurite(ChildProcesses process, string? dataDirectory, string connectionString, int processId)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        ConnectionString = connectionString;
        ProcessId = processId;
    }

    public string ConnectionString { get; }

    /// <summary>Azurite's own process (node running azurite.js), for its CPU time and memory.</summary>
    public int ProcessId { get; }

    /// <summary>Starts one keeping its data in a new temporary folder when <paramref name="onDisk"/>, else in memory.</summary>
    public static async Task<PhaseAzurite> StartAsync(LocalState state, string phase, bool onDisk)
    {
        var dataDirectory = onDisk ? Directory.CreateTempSubdirectory($"orderflow-{phase}-").FullName : null;
        var process = new ChildProcesses(state.PathOf($"benchmark-{phase}-azurite.json"));
        var (ports, started) = await Azurite.StartProcessAsync(state, process, dataDirectory, AzuritePorts.Any, CancellationToken.None);
        return new PhaseAzurite(process, dataDirectory, ports.ConnectionString, started.Process.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        if (dataDirectory is not null)
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
