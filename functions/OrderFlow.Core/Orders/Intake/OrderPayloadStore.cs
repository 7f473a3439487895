using Azure;
using Azure.Storage.Blobs;

using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// The raw bytes of accepted orders that do not fit the order's row (payloads reach 512 KiB, a table column holds
/// 64 KiB), and of repeated deliveries: blob "order-payloads/{orderId}/{delivery}". Kept before the workflow starts,
/// so no order can be lost or disputed.
/// </summary>
public sealed class OrderPayloadStore(BlobServiceClient blobs, StorageNames names)
{
    public const string ContainerName = "order-payloads";
    readonly BlobContainerClient container = blobs.GetBlobContainerClient(names.Container(ContainerName));

    public async Task SaveAsync(string orderId, string delivery, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await container.EnsureExistsAsync(cancellationToken);
        try
        {
            await container.GetBlobClient($"{orderId}/{delivery}").UploadAsync(new BinaryData(payload), overwrite: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The same delivery again: the first copy stays.
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string orderId, CancellationToken cancellationToken)
    {
        await container.EnsureExistsAsync(cancellationToken);
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, orderId + "/", cancellationToken))
        {
            names.Add(blob.Name);
        }
        return names;
    }
}
