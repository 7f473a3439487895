using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>The blob kinds of the replay: payloads put and read, properties, lease renewals, listings.</summary>
static class BlobReplays
{
    public static async Task<Func<Task>> PrepareAsync(ReplayTargets targets, string kind, OperationTotals totals)
    {
        var container = targets.Container;
        var sequence = new Sequence();
        switch (kind)
        {
            case "blob put":
                var content = BinaryData.FromString(ReplayMix.Text(totals.MeanRequestBytes));
                return () => container.GetBlobClient($"put{sequence.Next()}").UploadAsync(content, overwrite: true);
            case "blob get":
                await targets.AddBlobsAsync("get", 1, BinaryData.FromString(ReplayMix.Text(totals.MeanResponseBytes)));
                return () => container.GetBlobClient("get0").DownloadContentAsync();
            case "blob delete":
                await targets.AddBlobsAsync("delete", (int)totals.Count, BinaryData.FromString("x"));
                return () => container.GetBlobClient($"delete{sequence.Next()}").DeleteAsync();
            case "blob list":
                return async () =>
                {
                    await foreach (var _ in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, "leased", CancellationToken.None).AsPages(pageSizeHint: 10))
                    {
                    }
                };
            case "container create":
                return () => container.CreateIfNotExistsAsync();
            case "container properties":
                return () => container.GetPropertiesAsync();
            case "service properties":
                return () => targets.Blobs.GetPropertiesAsync();
            default:
                // Leases are mostly renewed (Durable's partition and app leases); the rest is read as properties.
                var leased = container.GetBlobClient("leased");
                return kind.StartsWith("blob lease", StringComparison.Ordinal)
                    ? () => leased.GetBlobLeaseClient(targets.LeaseId).RenewAsync()
                    : () => leased.GetPropertiesAsync();
        }
    }
}
