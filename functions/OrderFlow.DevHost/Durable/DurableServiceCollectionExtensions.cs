using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Options;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Durable;

static class DurableServiceCollectionExtensions
{
    /// <summary>A Durable Task worker serving the catalog's orchestrators and activities, and a client, both on the sidecar.</summary>
    public static IServiceCollection AddDurableFunctions(
        this IServiceCollection services, FunctionCatalog catalog, DurableSidecar sidecar, DurableOptions options)
    {
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(sidecar.Channel);
            builder.Configure(worker =>
            {
                worker.Concurrency.MaximumConcurrentActivityWorkItems = options.MaxConcurrentWorkItems;
                worker.Concurrency.MaximumConcurrentOrchestrationWorkItems = options.MaxConcurrentWorkItems;
            });
            // Registered through options so the adapters get the built service provider.
            var workerName = builder.Name;
            builder.Services.AddOptions<DurableTaskRegistry>(workerName).Configure<FunctionInvoker, IOptionsMonitor<DurableTaskWorkerOptions>>((registry, invoker, workerOptions) =>
            {
                var converter = workerOptions.Get(workerName).DataConverter;
                foreach (var function in catalog.OfKind(TriggerKind.Orchestration))
                {
                    registry.AddOrchestrator(function.Name, () => new FunctionOrchestrator(function, invoker, converter));
                }
                foreach (var function in catalog.OfKind(TriggerKind.Activity))
                {
                    registry.AddActivity(function.Name, _ => new FunctionActivity(function, invoker));
                }
            });
        });
        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc(sidecar.Channel);
            builder.RegisterDirectly();
        });
        services.AddHostedService(provider => new FinishedInstancePurger(
            provider.GetRequiredService<DurableTaskClient>(),
            options,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<FinishedInstancePurger>>()));
        return services;
    }
}
