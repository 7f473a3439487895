using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using OrderFlow.Core.Storage;

namespace OrderFlow.Tests.Storage;

public class StorageAccountTests
{
    static StorageAccount From(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Clients_IdentityBasedSettingsAsInAzure_UseTheServiceUris()
    {
        var account = From(new()
        {
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stexample.blob.core.windows.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://stexample.queue.core.windows.net/",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://stexample.table.core.windows.net/",
        });

        Assert.Equal("https://stexample.table.core.windows.net/", account.Tables().Uri.ToString());
        Assert.Equal("https://stexample.queue.core.windows.net/", account.Queues(new QueueClientOptions()).Uri.ToString());
        Assert.Equal("https://stexample.blob.core.windows.net/", account.Blobs().Uri.ToString());
    }

    [Fact]
    public void Clients_ConnectionStringAsLocally_UseIt()
    {
        var account = From(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("devstoreaccount1", account.Tables().AccountName);
        Assert.Equal("devstoreaccount1", account.Blobs().AccountName);
    }

    [Fact]
    public void Create_NoStorageSetting_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From([]));

        Assert.Contains("'AzureWebJobsStorage' setting is missing", error.Message, StringComparison.Ordinal);
    }
}
