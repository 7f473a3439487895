using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Shop deliveries already answered, by the ID the shop gives each one (<c>X-Shopify-Webhook-Id</c>,
/// <c>X-WC-Webhook-Delivery-ID</c>) within its shop (WooCommerce counts deliveries per site, so two sites share IDs),
/// so a delivery sent again within <see cref="Window"/> is answered as a duplicate and changes nothing. A delivery is recorded only once it was answered with success: one that failed must be
/// handled when the shop retries it. Two copies racing each other both run; what they start is idempotent anyway.
/// </summary>
public sealed class WebhookDeliveries(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string ShopifyHeader = "X-Shopify-Webhook-Id";
    public const string WooCommerceHeader = "X-WC-Webhook-Delivery-ID";
    public const string TableName = "WebhookDeliveries";
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    // Partition = hash of channel, shop and delivery ID: IDs are the shop's text (the hash keeps them key-safe), and one
    // partition per delivery spreads the load far below a partition's 2,000 entities/s.
    const string Row = "delivery";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task<bool> SeenAsync(string channel, string shop, string deliveryId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var entry = await table.GetEntityIfExistsAsync<TableEntity>(Key(channel, shop, deliveryId), Row, ["ReceivedAt"], cancellationToken);
        return entry.HasValue && entry.Value!.GetDateTimeOffset("ReceivedAt") > time.GetUtcNow() - Window;
    }

    /// <summary>Records the delivery as answered now; recording it again only renews it.</summary>
    public async Task RecordAsync(string channel, string shop, string deliveryId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var entry = new TableEntity(Key(channel, shop, deliveryId), Row) { ["Channel"] = channel, ["ReceivedAt"] = time.GetUtcNow() };
        await table.UpsertEntityAsync(entry, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Deletes the deliveries older than <see cref="Window"/> (a daily timer calls it; tables keep rows for ever).
    /// The filter reads the whole table, which holds a week of deliveries. Answers how many were deleted.
    /// </summary>
    public async Task<int> ForgetExpiredAsync(CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var cutoff = time.GetUtcNow() - Window;
        var deleted = 0;
        await foreach (var entry in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ReceivedAt le {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                // Only as read: a delivery recorded again since then is kept.
                await table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, entry.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted by another run, or renewed.
            }
        }
        return deleted;
    }

    static string Key(string channel, string shop, string deliveryId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}\n{ShopList.Normalize(shop).ToLowerInvariant()}\n{deliveryId}")));
}
