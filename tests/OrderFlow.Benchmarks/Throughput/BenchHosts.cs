using System.Reflection;
using OrderFlow.DevHost;
using OrderFlow.DevHost.Dependencies;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// DevHost in this process for one phase, on storage through the counting proxy. Names decide whose an operation
/// is: each phase has its own task hub, and the app's tables, queues and containers all start with "bench".
/// </summary>
static class BenchHosts
{
    public const string HostKey = "throughput-host-key";
    public const string OrdersHub = "OrdersHub";
    public const string BareHub = "BareHub";
    public const string AppPrefix = "Bench";

    public static Task<DevHostServer> StartAsync(Assembly functions, string taskHub, string storage, int smtpPort, LocalState state) =>
        DevHostServer.StartAsync(new DevHostStartOptions(functions)
        {
            Settings = new Dictionary<string, string?>(ProductDevHost.BaseSettings(storage, state.PathOf("throughput-" + taskHub.ToLowerInvariant()), smtpPort))
            {
                ["DevHost:HostKey"] = HostKey,
                ["DevHost:SeedDemoData"] = "false",
                ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = taskHub,
                ["OrderFlow:Storage:Prefix"] = AppPrefix,
                ["OrderIntakeQueue"] = "bench-intake",
                ["EmailOutboxQueue"] = "bench-outbox",
                ["OrderFlow:Fulfilment:Mode"] = "Auto",
                // No simulated warehouse or carrier time: throughput is what the engine and storage allow.
                ["OrderFlow:Fulfilment:AutoStepDelay"] = "00:00:00",
            },
            PrintBanner = false,
        });

    /// <summary>"task hub" (Durable's own tables, queues, leases), "app" (OrderFlow's business rows and queues) or "other".</summary>
    public static string OwnerOf(string resource) =>
        resource.StartsWith(OrdersHub, StringComparison.OrdinalIgnoreCase) || resource.StartsWith(BareHub, StringComparison.OrdinalIgnoreCase) ? "task hub"
        : resource.StartsWith(AppPrefix, StringComparison.OrdinalIgnoreCase) ? "app"
        : "other";
}
