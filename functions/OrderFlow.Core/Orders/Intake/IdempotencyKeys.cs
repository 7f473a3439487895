using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Idempotency-Key records for POST /orders: the same key with the same body gets the same order; the same key with
/// another body is refused. Partition = hash of the key (keys are client-chosen text; the hash keeps them key-safe).
/// </summary>
public sealed class IdempotencyKeys(TableServiceClient tables, StorageNames names)
{
    const string TableName = "IdempotencyKeys";
    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Binds the key to this body and order; answers false if the key was used with another body.</summary>
    public async Task<bool> TryBindAsync(string key, ReadOnlyMemory<byte> body, string orderId, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var partition = Hash(Encoding.UTF8.GetBytes(key));
        var bodyHash = Hash(body.Span);
        try
        {
            await table.AddEntityAsync(new TableEntity(partition, "key") { ["BodyHash"] = bodyHash, ["OrderId"] = orderId }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await table.GetEntityAsync<TableEntity>(partition, "key", cancellationToken: cancellationToken);
            return existing.Value.GetString("BodyHash") == bodyHash;
        }
    }

    static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
