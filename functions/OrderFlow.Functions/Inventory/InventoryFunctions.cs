using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Inventory;

public sealed class InventoryFunctions(StockLedger stock, StockAdjustments adjustments)
{
    [Function("PutInventory")]
    [Description("Sets a SKU's stock on hand and reorder point in one warehouse, recording who did and why (\"adjustedBy\":{\"id\",\"name\",\"kind\"}, \"adjustedAt\", \"adjustmentReason\"; a signed-in person must send \"reason\"); backordered orders for it try again at once.")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/inventory/{sku}/{warehouse}")] HttpRequest request,
        string sku,
        string warehouse,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<StockAdjustment>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var outcome = await adjustments.AdjustAsync(durable, sku, warehouse, body.Value!, request.Actor(), cancellationToken);
        return outcome switch
        {
            { Level: { } level } => TypedResults.Ok(level),
            { BelowReserved: true } => Problems.Status(StatusCodes.Status409Conflict, StockAdjustments.BelowReservedTitle, StockAdjustments.BelowReservedDetail),
            _ => Problems.Validation(outcome.Errors),
        };
    }

    [Function("ListInventory")]
    [Description("Stock per SKU and warehouse: on hand, reserved, available, reorder point and who adjusted it last, when; ?sku= narrows to one SKU.")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inventory")] HttpRequest request, CancellationToken cancellationToken)
    {
        Sku? sku = null;
        if (request.Query["sku"].FirstOrDefault() is { } text)
        {
            if (!Sku.TryParse(text, out var parsed))
            {
                return Problems.Field("sku", Sku.Rule);
            }
            sku = parsed;
        }
        return TypedResults.Ok(new { items = await stock.ListAsync(sku, cancellationToken), continuationToken = (string?)null });
    }
}
