using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace OrderFlow.Core.Storage;

/// <summary>
/// The storage account named by "AzureWebJobsStorage", read the way the Functions host reads it: a connection string
/// (Azurite locally), or in Azure an identity-based connection with no key: AzureWebJobsStorage__blobServiceUri,
/// __queueServiceUri, __tableServiceUri, and __credential=managedidentity with the identity's __clientId.
/// </summary>
public sealed class StorageAccount
{
    readonly string? connectionString;
    readonly IConfigurationSection identity;
    readonly Lazy<TokenCredential> credential;

    public StorageAccount(IConfiguration configuration)
    {
        connectionString = configuration[StorageServiceCollectionExtensions.ConnectionSetting];
        identity = configuration.GetSection(StorageServiceCollectionExtensions.ConnectionSetting);
        credential = new(Credential);
        if (string.IsNullOrEmpty(connectionString) && identity["tableServiceUri"] is null)
        {
            throw new InvalidOperationException(
                $"The '{StorageServiceCollectionExtensions.ConnectionSetting}' setting is missing: set a storage connection string, or its __blobServiceUri, __queueServiceUri and __tableServiceUri for an identity-based connection.");
        }
    }

    /// <summary>
    /// How long one storage request may go unanswered before the client gives up on it and tries again. The SDK's
    /// 100 s, over its four tries, outlasts the 230 s Azure's front end waits for an HTTP answer, so a hung call would
    /// reach the caller as the front end's timeout instead of the app's 503; 15 s is far beyond a healthy call (a table
    /// or queue operation is answered in milliseconds) and four tries end in about a minute.
    /// </summary>
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(15);

    public TableServiceClient Tables() =>
        string.IsNullOrEmpty(connectionString)
            ? new(ServiceUri("tableServiceUri"), credential.Value, Timed(new TableClientOptions()))
            : new(connectionString, Timed(new TableClientOptions()));

    public QueueServiceClient Queues(QueueClientOptions options) =>
        string.IsNullOrEmpty(connectionString) ? new(ServiceUri("queueServiceUri"), credential.Value, Timed(options)) : new(connectionString, Timed(options));

    public BlobServiceClient Blobs() =>
        string.IsNullOrEmpty(connectionString)
            ? new(ServiceUri("blobServiceUri"), credential.Value, Timed(new BlobClientOptions()))
            : new(connectionString, Timed(new BlobClientOptions()));

    static T Timed<T>(T options)
        where T : ClientOptions
    {
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }

    Uri ServiceUri(string name) => identity[name] is { Length: > 0 } uri
        ? new Uri(uri)
        : throw new InvalidOperationException($"The '{StorageServiceCollectionExtensions.ConnectionSetting}__{name}' setting is missing.");

    /// <summary>The app's user-assigned identity in Azure; elsewhere (a developer against a real account) their own sign-in.</summary>
    TokenCredential Credential() =>
        string.Equals(identity["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(identity["clientId"] is { Length: > 0 } clientId ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
}
