using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// What the ceiling replay's table and blob kinds work on, straight on Azurite: one table and one container, with the
/// rows, blobs and lease that reads, deletes, updates and renewals need made beforehand.
/// </summary>
sealed class ReplayTargets(string storage)
{
    public const string PoolPartition = "pool";
    public const int PoolRows = 100;

    public string Storage => storage;

    public TableClient Table { get; } = new TableServiceClient(storage).GetTableClient("ReplayRows");

    public BlobServiceClient Blobs { get; } = new(storage);

    public BlobContainerClient Container { get; } = new BlobServiceClient(storage).GetBlobContainerClient("replay-blobs");

    public string LeaseId { get; } = Guid.NewGuid().ToString();

    public async Task CreateAsync()
    {
        await Table.CreateIfNotExistsAsync();
        await Container.CreateIfNotExistsAsync();
        await Container.GetBlobClient("leased").UploadAsync(BinaryData.FromString("lease"), overwrite: true);
        await Container.GetBlobClient("leased").GetBlobLeaseClient(LeaseId).AcquireAsync(TimeSpan.FromSeconds(-1));
    }

    /// <summary>Rows in one partition, written a hundred to a batch (the most one batch takes).</summary>
    public async Task AddRowsAsync(string partition, int count, string data)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await Table.SubmitTransactionAsync(chunk.Select(r =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(partition, $"r{r}", data))));
        }
    }

    public async Task AddBlobsAsync(string prefix, int count, BinaryData content)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(64))
        {
            await Task.WhenAll(chunk.Select(b => Container.GetBlobClient($"{prefix}{b}").UploadAsync(content, overwrite: true)));
        }
    }

    public static TableEntity Row(string partition, string row, string data) => new(partition, row) { ["Data"] = data };

    public static ETag AnyVersion => ETag.All;
}
