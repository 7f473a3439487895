using Microsoft.Extensions.Configuration;

namespace OrderFlow.DevHost.Configuration;

/// <summary>The host.json settings DevHost honours, read from configuration (host.json plus overrides).</summary>
/// <param name="UseGracefulShutdown">
/// durableTask's preview setting: false (the default) stops the task hub worker forced, dropping the orchestrations it
/// holds (their messages come back to whichever worker next owns the partition) instead of waiting for them.
/// </param>
sealed record HostSettings(string RoutePrefix, QueueSettings Queues, string TaskHubName, int PartitionCount, bool UseGracefulShutdown)
{
    public static HostSettings From(IConfiguration configuration)
    {
        var extensions = configuration.GetSection($"{HostJson.Section}:extensions");
        var queues = extensions.GetSection("queues");
        var durable = extensions.GetSection("durableTask");
        return new HostSettings(
            RoutePrefix: (extensions["http:routePrefix"] ?? "api").Trim('/'),
            Queues: new QueueSettings(
                BatchSize: queues.GetValue("batchSize", 16),
                NewBatchThreshold: queues.GetValue("newBatchThreshold", 8),
                MaxDequeueCount: queues.GetValue("maxDequeueCount", 5),
                VisibilityTimeout: queues.GetValue("visibilityTimeout", TimeSpan.Zero),
                MaxPollingInterval: queues.GetValue("maxPollingInterval", TimeSpan.FromMinutes(1)),
                Base64: !string.Equals(queues["messageEncoding"], "none", StringComparison.OrdinalIgnoreCase)),
            TaskHubName: durable["hubName"] ?? "OrderFlow",
            PartitionCount: durable.GetValue("storageProvider:partitionCount", 4),
            UseGracefulShutdown: durable.GetValue("useGracefulShutdown", false));
    }
}

/// <summary>host.json "queues" settings, with the Functions host's defaults.</summary>
sealed record QueueSettings(
    int BatchSize,
    int NewBatchThreshold,
    int MaxDequeueCount,
    TimeSpan VisibilityTimeout,
    TimeSpan MaxPollingInterval,
    bool Base64);
