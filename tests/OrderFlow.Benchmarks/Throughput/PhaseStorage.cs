using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// A fresh Azurite for one phase of the run (see <see cref="PhaseAzurite"/>), behind the counting proxy.
/// </summary>
/// <remarks>
/// Its data is kept on disk, as DevHost keeps it. In memory, Azurite stores every queue message as an extent of its
/// own, and its garbage collector, once a minute, deletes the spent ones one by one, each deletion rebuilding an
/// index: a cost that grows with the square of the messages a minute brings (a profile of a 500-order run found a
/// third of Azurite's CPU there), charged to whichever phase the minute falls in.
/// </remarks>
sealed class PhaseStorage(PhaseAzurite azurite, ThroughputSetup setup) : IAsyncDisposable
{
    public ThroughputSetup Setup => setup;

    public static async Task<PhaseStorage> StartAsync(LocalState state, string phase, int smtpPort)
    {
        var azurite = await PhaseAzurite.StartAsync(state, "throughput-" + phase, onDisk: true);
        var storage = azurite.ConnectionString;
        var proxy = await StorageProxy.StartAsync(storage);
        return new PhaseStorage(azurite, new ThroughputSetup(state, storage, await AzuriteProcess.OfAsync(azurite), proxy, smtpPort));
    }

    public async ValueTask DisposeAsync()
    {
        await setup.Proxy.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
