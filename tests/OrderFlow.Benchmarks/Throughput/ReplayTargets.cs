using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// What the ceiling replay works on, straight on Azurite: one table, three queues and one container, with the rows,
/// messages (and their pop receipts), blobs and lease that reads, deletes, updates and renewals need made beforehand.
/// </summary>
sealed class ReplayTargets(string storage)
{
    public const string PoolPartition = "pool";
    public const int PoolRows = 100;

    public TableClient Table { get; } = new TableServiceClient(storage).GetTableClient("ReplayRows");

    public QueueClient Work { get; } = new QueueServiceClient(storage).GetQueueClient("replay-work");

    public QueueClient Held { get; } = new QueueServiceClient(storage).GetQueueClient("replay-held");

    public QueueClient Empty { get; } = new QueueServiceClient(storage).GetQueueClient("replay-empty");

    public BlobServiceClient Blobs { get; } = new(storage);

    public BlobContainerClient Container { get; } = new BlobServiceClient(storage).GetBlobContainerClient("replay-blobs");

    public ConcurrentQueue<(string Id, string Receipt)> Receipts { get; } = new();

    public string LeaseId { get; } = Guid.NewGuid().ToString();

    public async Task CreateAsync()
    {
        await Table.CreateIfNotExistsAsync();
        foreach (var queue in new[] { Work, Held, Empty })
        {
            await queue.CreateIfNotExistsAsync();
        }
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

    /// <summary>Messages put and then received with a long invisibility, so that their pop receipts stay valid.</summary>
    public async Task HoldMessagesAsync(int count, string text)
    {
        await FillAsync(Held, count, text);
        while (Receipts.Count < count)
        {
            var received = await Held.ReceiveMessagesAsync(32, TimeSpan.FromHours(1));
            foreach (var message in received.Value)
            {
                Receipts.Enqueue((message.MessageId, message.PopReceipt));
            }
        }
    }

    public static async Task FillAsync(QueueClient queue, int count, string text)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(64))
        {
            await Task.WhenAll(chunk.Select(_ => queue.SendMessageAsync(text)));
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
