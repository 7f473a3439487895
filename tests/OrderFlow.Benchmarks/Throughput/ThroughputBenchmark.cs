using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>What one phase works with: local state, its Azurite's address and process, the counting proxy, the SMTP port.</summary>
sealed record ThroughputSetup(LocalState State, string Storage, AzuriteProcess Azurite, StorageProxy Proxy, int SmtpPort);

/// <summary>
/// Orders completed per second in Auto mode beside Azurite's ceiling for the same storage mix, with storage
/// operations and Azurite CPU per order beside a bare five-activity orchestration, all in one run.
/// </summary>
static class ThroughputBenchmark
{
    const int DefaultOrders = 500;

    /// <summary>"throughput 30" runs 30 orders instead of 500, for a quick look on a busy machine.</summary>
    public static int OrderCount(string[] args) =>
        args.SkipWhile(a => a != "throughput").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).Where(n => n > 0).DefaultIfEmpty(DefaultOrders).First();

    public static async Task RunAsync(LocalState state, ChildProcesses children, int orders)
    {
        // Real emails to a real SMTP server, as in the product: a dead port would add retries and poison messages.
        var (smtpPort, _) = await Smtp4Dev.StartAsync(state, children, CancellationToken.None);

        Console.WriteLine($"Running {orders} orders and the storage ceiling for their mix, then {orders} bare orchestrations, each phase on a fresh Azurite...");
        PhaseMeasurement order;
        CeilingMeasurement ceiling;
        await using (var storage = await PhaseStorage.StartAsync(state, "orders", smtpPort))
        {
            order = await OrderWorkload.RunAsync(storage.Setup, orders);
            ceiling = await StorageCeiling.MeasureAsync(storage.Setup.Storage, storage.Setup.Azurite, order.Operations);
        }
        PhaseMeasurement bare;
        await using (var storage = await PhaseStorage.StartAsync(state, "bare", smtpPort))
        {
            bare = await BareWorkload.RunAsync(storage.Setup, orders);
        }

        ThroughputReport.Print(new ThroughputResult(order, bare, ceiling, AzuriteProcess.Version(state.RepositoryRoot)));
    }
}
