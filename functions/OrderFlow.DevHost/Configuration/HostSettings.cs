using Microsoft.Extensions.Configuration;

namespace OrderFlow.DevHost.Configuration;

/// <summary>The host.json settings DevHost honours, read from configuration (host.json plus overrides).</summary>
sealed record HostSettings(string RoutePrefix, QueueSettings Queues, string TaskHubName, int PartitionCount)
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
            PartitionCount: durable.GetValue("storageProvider:partitionCount", 4));
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
