using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>Everything the phases share: local state, Azurite's own address and process, the counting proxy, the SMTP port.</summary>
sealed record ThroughputSetup(LocalState State, string Storage, AzuriteProcess Azurite, StorageProxy Proxy, int SmtpPort);

/// <summary>
/// Orders completed per second in Auto mode beside Azurite's ceiling for the same storage mix, with storage
/// operations and Azurite CPU per order beside a bare five-activity orchestration, all in one run on one Azurite.
/// </summary>
static class ThroughputBenchmark
{
    const int DefaultOrders = 500;

    /// <summary>"throughput 30" runs 30 orders instead of 500, for a quick look on a busy machine.</summary>
    public static int OrderCount(string[] args) =>
        args.SkipWhile(a => a != "throughput").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).Where(n => n > 0).DefaultIfEmpty(DefaultOrders).First();

    public static async Task RunAsync(LocalState state, ChildProcesses children, string storage, int orders)
    {
        // Real emails to a real SMTP server, as in the product: a dead port would add retries and poison messages.
        var (smtpPort, _) = await Smtp4Dev.StartAsync(state, children, CancellationToken.None);
        await using var proxy = await StorageProxy.StartAsync(storage);
        var setup = new ThroughputSetup(state, storage, await AzuriteProcess.FindAsync(storage), proxy, smtpPort);

        Console.WriteLine($"Running {orders} orders, then {orders} bare orchestrations, then the storage ceiling...");
        var order = await OrderWorkload.RunAsync(setup, orders);
        var bare = await BareWorkload.RunAsync(setup, orders);
        var ceiling = await StorageCeiling.MeasureAsync(storage, setup.Azurite, order.Operations);

        ThroughputReport.Print(new ThroughputResult(order, bare, ceiling, AzuriteProcess.Version(state.RepositoryRoot)));
    }
}
