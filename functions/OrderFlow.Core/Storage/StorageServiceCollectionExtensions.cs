using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The setting the Functions host itself uses, so triggers and our own tables share one account.</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    public static IServiceCollection AddOrderFlowStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new StorageNames(configuration[StorageNames.PrefixSetting]));
        services.AddSingleton(_ => new TableServiceClient(ConnectionString(configuration)));
        // Queue triggers expect base64 bodies by default, so everything we enqueue is base64 too.
        services.AddSingleton(_ => new QueueServiceClient(
            ConnectionString(configuration),
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));
        return services;
    }

    static string ConnectionString(IConfiguration configuration) =>
        configuration[ConnectionSetting] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The '{ConnectionSetting}' setting is missing: set it to a storage connection string.");
}
