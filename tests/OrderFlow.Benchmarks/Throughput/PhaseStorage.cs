using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// A fresh Azurite for one phase of the run, behind the counting proxy, stopped and deleted after it.
/// </summary>
/// <remarks>
/// Each phase has its own because Azurite's cost per operation grows with everything it holds: on a shared one, the
/// later phase pays for the earlier one's rows. Data is kept on disk, as DevHost keeps it. In memory, Azurite stores
/// every queue message as an extent of its own, and its garbage collector, once a minute, deletes the spent ones one by
/// one, each deletion rebuilding an index: a cost that grows with the square of the messages a minute brings (a
/// profile of a 500-order run found a third of Azurite's CPU there), charged to whichever phase the minute falls in.
/// </remarks>
sealed class PhaseStorage : IAsyncDisposable
{
    readonly ChildProcesses azurite;
    readonly string directory;

    PhaseStorage(ChildProcesses azurite, string directory, ThroughputSetup setup)
    {
        this.azurite = azurite;
        this.directory = directory;
        Setup = setup;
    }

    public ThroughputSetup Setup { get; }

    public static async Task<PhaseStorage> StartAsync(LocalState state, string phase, int smtpPort)
    {
        var directory = Directory.CreateTempSubdirectory($"orderflow-throughput-{phase}-").FullName;
        var azurite = new ChildProcesses(state.PathOf($"throughput-{phase}-azurite.json"));
        var storage = await Azurite.StartAsync(state, azurite, directory, CancellationToken.None);
        var proxy = await StorageProxy.StartAsync(storage);
        return new PhaseStorage(azurite, directory, new ThroughputSetup(state, storage, await AzuriteProcess.FindAsync(storage), proxy, smtpPort));
    }

    public async ValueTask DisposeAsync()
    {
        await Setup.Proxy.DisposeAsync();
        await azurite.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
