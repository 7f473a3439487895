using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Inventory;

/// <summary>What a person or client asks to set: on hand, the reorder point (0 when left out) and why.</summary>
public sealed record StockAdjustment(int? OnHand, int? ReorderPoint, string? Reason);

/// <summary>What an adjustment came to: the new level, the input's field errors, or neither when it would go below what is reserved.</summary>
public sealed record StockAdjustmentOutcome(StockLevel? Level, FieldErrors Errors)
{
    public bool BelowReserved => Level is null && Errors.IsEmpty;
}

/// <summary>
/// Setting a SKU's stock in one warehouse: the one path of PUT /api/inventory/{sku}/{warehouse} and the inventory
/// page. It checks the input, records who and why (a person must say why; a key's client, as before, need not), and
/// wakes the orders backordered for the SKU so they try again at once.
/// </summary>
public sealed class StockAdjustments(StockLedger stock, OrderEventRelay events)
{
    public const int ReasonMaxLength = 500;
    public const string WholeNumberRule = "A whole number of 0 or more is required.";
    public const string BelowReservedTitle = "More units are reserved than that.";
    public const string BelowReservedDetail = "On hand cannot go below what open orders have reserved.";

    public async Task<StockAdjustmentOutcome> AdjustAsync(
        DurableTaskClient durable, string sku, string warehouse, StockAdjustment input, Actor by, CancellationToken cancellationToken)
    {
        var errors = Check(sku, warehouse, input, by);
        if (!errors.IsEmpty)
        {
            return new(null, errors);
        }
        var parsed = Sku.Parse(sku);
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (!await stock.SetOnHandAsync(parsed, warehouse, input.OnHand!.Value, input.ReorderPoint ?? 0, by, reason, cancellationToken))
        {
            return new(null, errors);
        }
        await events.WakeBackorderedAsync(durable, parsed, cancellationToken);
        var levels = await stock.ListAsync(parsed, cancellationToken);
        return new(levels.Single(l => l.Warehouse == warehouse), errors);
    }

    static FieldErrors Check(string sku, string warehouse, StockAdjustment input, Actor by)
    {
        var errors = new FieldErrors();
        errors.Require(Sku.TryParse(sku, out _), "sku", Sku.Rule);
        errors.Require(EntityKey.IsValid(warehouse), "warehouse", "A warehouse is 1–64 letters, digits, '.', '_' or '-'.");
        errors.Require(input.OnHand is >= 0, "onHand", WholeNumberRule);
        errors.Require(input.ReorderPoint is null or >= 0, "reorderPoint", WholeNumberRule);
        // A person's change is audited with its reason; keys' clients (integrations) keep the contract they had.
        errors.Require(by.Kind != ActorKind.Person || !string.IsNullOrWhiteSpace(input.Reason), "reason", "Say why the stock changes (a count, a delivery, damage...).");
        errors.Require(input.Reason is null || input.Reason.Trim().Length <= ReasonMaxLength, "reason", $"A reason is at most {ReasonMaxLength} characters.");
        return errors;
    }
}
