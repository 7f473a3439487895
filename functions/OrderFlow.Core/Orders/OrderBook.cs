using System.Text.Json;
using Azure;
using Azure.Data.Tables;

using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The Orders table: partition = order ID (one order never outgrows a partition's 2,000 operations/s, and orders
/// spread evenly), row "order" holding the OrderRecord as JSON plus Status, CustomerId and ReceivedAt as columns.
/// Changes are read-modify-write with the row's ETag, retried on conflict.
/// </summary>
public sealed class OrderBook(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Orders";
    const string OrderRow = "order";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Records a received order; answers false when it was already there (a duplicate delivery).</summary>
    public async Task<bool> TryCreateAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(ToEntity(record), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<OrderRecord?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(orderId, OrderRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>Applies <paramref name="change"/> to the latest version; an event and an activity may race on one order.</summary>
    public Task<OrderRecord> UpdateAsync(string orderId, Func<OrderRecord, OrderRecord> change, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            var row = await table.GetEntityAsync<TableEntity>(orderId, OrderRow, cancellationToken: cancellationToken);
            var current = FromEntity(row.Value);
            var changed = change(current);
            if (changed != current)
            {
                await table.UpdateEntityAsync(ToEntity(changed), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            return changed;
        }, cancellationToken);

    static TableEntity ToEntity(OrderRecord record) => new(record.OrderId, OrderRow)
    {
        ["Document"] = JsonSerializer.Serialize(record, Json),
        ["Status"] = record.Status.ToString(),
        ["CustomerId"] = record.CustomerId,
        ["ReceivedAt"] = record.ReceivedAt,
    };

    static OrderRecord FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<OrderRecord>(entity.GetString("Document"), Json)!;
}
