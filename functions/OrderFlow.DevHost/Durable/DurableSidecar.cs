using System.Net;
using Azure.Core;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using OrderFlow.DevHost.Configuration;
using OrderFlow.DevHost.Http;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// The Durable Task engine DevHost talks to: a gRPC sidecar (TaskHubGrpcServer) on loopback running DurableTask.Core
/// with the Azure Storage provider, so the task hub has the same format as Durable Functions in Azure and survives restarts.
/// </summary>
sealed class DurableSidecar : IAsyncDisposable
{
    readonly WebApplication app;

    DurableSidecar(WebApplication app, GrpcChannel channel)
    {
        this.app = app;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    public static async Task<DurableSidecar> StartAsync(
        string storageConnection, HostSettings hostSettings, DurableOptions options, HttpBurst burst, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var service = new AzureStorageOrchestrationService(Settings(storageConnection, hostSettings, options, burst, loggerFactory));
        // The sidecar only starts the service; the task hub's queues, tables and leases must exist first.
        await service.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(new HostLikeRaiseEvent(async instanceId =>
            (await service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: false)).FirstOrDefault()?.OrchestrationStatus));
        builder.Services.AddGrpc(grpc =>
        {
            // A client (the app, a test) told only "Exception was thrown by handler" cannot say what failed; on loopback
            // the engine's own message reveals nothing to anyone else.
            grpc.EnableDetailedErrors = true;
            grpc.Interceptors.Add<HostLikeStartFailures>();
            grpc.Interceptors.Add<HostLikeRaiseEvent>();
        });
        builder.Services.AddSingleton<IOrchestrationService>(new LocalOrchestrationService(service, hostSettings.UseGracefulShutdown, burst, loggerFactory.CreateLogger<LocalOrchestrationService>()));
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        // DevHost stops the sidecar itself, after its worker: it must not react to Ctrl+C or SIGTERM on its own.
        builder.Services.AddSingleton<IHostLifetime, OwnedLifetime>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        // Created now so it starts the dispatcher with the app; created lazily, it could be asked to stop before starting.
        _ = app.Services.GetRequiredService<TaskHubGrpcServer>();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new DurableSidecar(app, GrpcChannel.ForAddress(address));
    }

    static AzureStorageOrchestrationServiceSettings Settings(
        string storageConnection, HostSettings hostSettings, DurableOptions options, HttpBurst burst, ILoggerFactory loggerFactory) => new()
    {
        StorageAccountClientProvider = new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(storageConnection),
            StorageServiceClientProvider.ForQueue(storageConnection, HeldReads(burst)),
            StorageServiceClientProvider.ForTable(storageConnection)),
        TaskHubName = hostSettings.TaskHubName,
        PartitionCount = hostSettings.PartitionCount,
        MaxQueuePollingInterval = options.MaxQueuePollingInterval,
        ControlQueueVisibilityTimeout = options.VisibilityTimeout,
        WorkItemQueueVisibilityTimeout = options.VisibilityTimeout,
        MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentWorkItems,
        MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentWorkItems,
        // Partitions are balanced between workers through a table, as Durable Functions 3.x does in Azure by default
        // (the provider's own default is blob leases). Each pass of its loop renews this worker's leases and claims
        // expired ones, so a dead worker's partitions move on within LeaseInterval and one pass.
        UseTablePartitionManagement = true,
        LeaseInterval = options.LeaseInterval,
        LeaseAcquireInterval = options.LeaseInterval / 3,
        LeaseRenewInterval = options.LeaseInterval / 3,
        WorkerId = WorkerIdOf(Environment.ProcessId),
        LoggerFactory = loggerFactory,
    };

    /// <summary>Each process is its own worker, so a restarted DevHost takes over the dead one's partitions.</summary>
    internal static string WorkerIdOf(int processId) => $"{Environment.MachineName}-{processId}";

    static QueueClientOptions HeldReads(HttpBurst burst)
    {
        var options = new QueueClientOptions();
        options.AddPolicy(new HeldMessageReads(burst), HttpPipelinePosition.PerCall);
        return options;
    }

    sealed class OwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Channel.Dispose();
    }
}
