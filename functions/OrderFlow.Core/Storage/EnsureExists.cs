using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace OrderFlow.Core.Storage;

/// <summary>
/// Create-if-not-exists made once per process and resource rather than before every operation: counted on the order
/// path, the repeated calls were a tenth of all storage operations (the throughput benchmark). Until a create
/// succeeds the next caller tries again.
/// </summary>
public static class EnsureExists
{
    static readonly ConcurrentDictionary<Uri, Lazy<Task>> Creates = new();

    public static Task EnsureExistsAsync(this TableClient table, CancellationToken cancellationToken) =>
        OnceAsync(table.Uri, () => table.CreateIfNotExistsAsync(cancellationToken));

    public static Task EnsureExistsAsync(this QueueClient queue, CancellationToken cancellationToken) =>
        OnceAsync(queue.Uri, () => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    public static Task EnsureExistsAsync(this BlobContainerClient container, CancellationToken cancellationToken) =>
        OnceAsync(container.Uri, () => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    /// <summary>Callers that arrive while the create is under way wait for it rather than sending their own.</summary>
    static async Task OnceAsync(Uri resource, Func<Task> create)
    {
        var once = Creates.GetOrAdd(resource, _ => new Lazy<Task>(create));
        try
        {
            await once.Value;
        }
        catch
        {
            Creates.TryRemove(new KeyValuePair<Uri, Lazy<Task>>(resource, once));
            throw;
        }
    }
}
