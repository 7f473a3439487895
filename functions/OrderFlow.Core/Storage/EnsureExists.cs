using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace OrderFlow.Core.Storage;

/// <summary>
/// Create-if-not-exists made once per process and resource rather than before every operation: counted on the order
/// path, the repeated calls were a tenth of all storage operations (the throughput benchmark). Until a create
/// succeeds the next caller tries again; two first callers may both create, which storage answers harmlessly.
/// </summary>
public static class EnsureExists
{
    static readonly ConcurrentDictionary<Uri, bool> Created = new();

    public static Task EnsureExistsAsync(this TableClient table, CancellationToken cancellationToken) =>
        OnceAsync(table.Uri, () => table.CreateIfNotExistsAsync(cancellationToken));

    public static Task EnsureExistsAsync(this QueueClient queue, CancellationToken cancellationToken) =>
        OnceAsync(queue.Uri, () => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    public static Task EnsureExistsAsync(this BlobContainerClient container, CancellationToken cancellationToken) =>
        OnceAsync(container.Uri, () => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    static async Task OnceAsync(Uri resource, Func<Task> create)
    {
        if (Created.ContainsKey(resource))
        {
            return;
        }
        await create();
        Created[resource] = true;
    }
}
