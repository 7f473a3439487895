using Azure;
using Azure.Data.Tables;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.StaffAlerts;

/// <summary>
/// The ApprovalLinkUses table: one row per approval link that decided, so each works once. Partition: the order, whose
/// few links (two per approver) are all it holds, so a lookup is a point read. Row: the token's hash, never the token.
/// </summary>
public sealed class ApprovalLinkUses(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "ApprovalLinkUses";

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    public async Task<bool> WasUsedAsync(OrderId orderId, string token, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        return (await table.GetEntityIfExistsAsync<TableEntity>(orderId.Value, SignedLinks.Hash(token), ["RowKey"], cancellationToken)).HasValue;
    }

    /// <summary>Records the use; false when it was recorded already (an insert, so of two at once only one succeeds).</summary>
    public async Task<bool> TryUseAsync(ApprovalLink link, string token, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(link.OrderId.Value, SignedLinks.Hash(token)) { ["Approver"] = link.Approver, ["Decision"] = link.Decision, ["UsedAt"] = at }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives the use back when the decision it was for could not be made, so the link still works.</summary>
    public async Task ReturnAsync(ApprovalLink link, string token)
    {
        try
        {
            await table.DeleteEntityAsync(link.OrderId.Value, SignedLinks.Hash(token), ETag.All, CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            // Storage refused: the link stays used, and the order page still takes the decision.
        }
    }
}
