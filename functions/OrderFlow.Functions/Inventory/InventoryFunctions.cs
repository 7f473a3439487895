using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Inventory;

public sealed class InventoryFunctions(StockLedger stock, OrderEventRelay events)
{
    [Function("PutInventory")]
    [Description("Sets a SKU's stock on hand and reorder point in one warehouse, recording who did (\"adjustedBy\":{\"id\",\"name\",\"kind\"} and \"adjustedAt\"); backordered orders for it try again at once.")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/inventory/{sku}/{warehouse}")] HttpRequest request,
        string sku,
        string warehouse,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<StockInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var input = body.Value!;
        var errors = new FieldErrors();
        errors.Require(Sku.TryParse(sku, out var parsedSku), "sku", Sku.Rule);
        errors.Require(EntityKey.IsValid(warehouse), "warehouse", "A warehouse is 1–64 letters, digits, '.', '_' or '-'.");
        errors.Require(input.OnHand is >= 0, "onHand", "A whole number of 0 or more is required.");
        errors.Require(input.ReorderPoint is null or >= 0, "reorderPoint", "A whole number of 0 or more is required.");
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        if (!await stock.SetOnHandAsync(parsedSku, warehouse, input.OnHand!.Value, input.ReorderPoint ?? 0, request.Actor(), cancellationToken))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "More units are reserved than that.", "On hand cannot go below what open orders have reserved.");
        }
        await events.WakeBackorderedAsync(durable, parsedSku, cancellationToken);
        var levels = await stock.ListAsync(parsedSku, cancellationToken);
        return TypedResults.Ok(levels.Single(l => l.Warehouse == warehouse));
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

public sealed record StockInput(int? OnHand, int? ReorderPoint);
