using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrderFlow.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The setting the Functions host itself uses, so triggers and our own tables share one account.</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    public static IServiceCollection AddOrderFlowStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new StorageNames(configuration[StorageNames.PrefixSetting]));
        services.AddSingleton(_ => new StorageAccount(configuration));
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().Tables());
        // Queue triggers expect base64 bodies by default, so everything we enqueue is base64 too. A test host may
        // register a client of its own first (one that fails on cue).
        services.TryAddSingleton(s => s.GetRequiredService<StorageAccount>().Queues(QueueOptions()));
        services.AddSingleton(s => s.GetRequiredService<StorageAccount>().Blobs());
        services.AddSingleton(typeof(HeldRows<>));
        return services;
    }

    public static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
