using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Inventory;

/// <summary>
/// The inventory page (stock per SKU and warehouse, backordered demand) and its adjustment form, which takes the same
/// path as PUT /api/inventory/{sku}/{warehouse} with the signed-in person as the actor.
/// </summary>
public sealed class InventoryPages(StockLedger stock, StockAdjustments adjustments)
{
    public const string Path = "/inventory";
    public const string AdjustPath = "/inventory/adjust";
    public const string AdjustedNotice = "adjusted";
    public const string BelowReorderText = "Below reorder point";
    const int MaxFormBytes = 8 * 1024;

    [Function("InventoryPage")]
    [Description("The inventory page: stock per SKU and warehouse, rows below their reorder point, backordered demand; ?sku= and ?warehouse= filter.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "inventory")] HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = InventoryFilter.From(request.Query["sku"].FirstOrDefault(), request.Query["warehouse"].FirstOrDefault());
        return await RenderAsync(request, filter, form: null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("InventoryAdjustPage")]
    [Description("The inventory page's adjustment form: sets on hand and reorder point with a reason, then back to the inventory with a notice.")]
    public async Task<IResult> AdjustAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "inventory/adjust")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var (fields, refusal) = await FormFields.ReadAsync(request, MaxFormBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var form = AdjustForm.From(fields!);
        var filter = InventoryFilter.From(form.Sku, form.Warehouse);
        if (!form.Errors.IsEmpty)
        {
            return await RenderAsync(request, filter, form, StatusCodes.Status400BadRequest, cancellationToken);
        }
        var outcome = await adjustments.AdjustAsync(durable, form.Sku ?? "", form.Warehouse ?? "", form.Adjustment, request.Actor(), cancellationToken);
        if (outcome.Level is { } level)
        {
            return BackOfficePage.Done($"{Path}?sku={Uri.EscapeDataString(level.Sku.Value)}&warehouse={Uri.EscapeDataString(level.Warehouse)}", AdjustedNotice);
        }
        if (outcome.BelowReserved)
        {
            form.Errors.Add("onHand", $"{StockAdjustments.BelowReservedTitle} {StockAdjustments.BelowReservedDetail}");
            return await RenderAsync(request, filter, form, StatusCodes.Status409Conflict, cancellationToken);
        }
        return await RenderAsync(request, filter, form with { Errors = outcome.Errors }, StatusCodes.Status400BadRequest, cancellationToken);
    }

    async Task<IResult> RenderAsync(HttpRequest request, InventoryFilter filter, AdjustForm? form, int status, CancellationToken cancellationToken)
    {
        var levels = filter.Errors.IsEmpty ? await stock.ListAsync(filter.Sku, cancellationToken) : [];
        var shown = levels.Where(filter.Matches).OrderBy(l => l.Sku.Value, StringComparer.Ordinal).ThenBy(l => l.Warehouse, StringComparer.Ordinal).ToList();
        var demand = filter.Errors.IsEmpty ? await stock.BackorderedDemandAsync(filter.Sku, cancellationToken) : [];
        var view = new InventoryView(request, filter, shown, demand);
        return BackOfficePage.Show(request, "Inventory", view.Render(form ?? AdjustForm.For(shown)), status);
    }
}

/// <summary>The page's filter: a SKU (exact, as the API's ?sku=) and a warehouse, each optional.</summary>
public sealed record InventoryFilter(string? SkuText, Sku? Sku, string? Warehouse, FieldErrors Errors)
{
    public static InventoryFilter From(string? sku, string? warehouse)
    {
        var errors = new FieldErrors();
        var skuText = string.IsNullOrWhiteSpace(sku) ? null : sku.Trim();
        Sku? parsed = null;
        if (skuText is not null && errors.Require(Core.Products.Sku.TryParse(skuText, out var one), "sku", Core.Products.Sku.Rule))
        {
            parsed = one;
        }
        return new(skuText, parsed, string.IsNullOrWhiteSpace(warehouse) ? null : warehouse.Trim(), errors);
    }

    public bool Matches(StockLevel level) => Warehouse is null || string.Equals(level.Warehouse, Warehouse, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The adjustment form as posted: its texts to show again, the numbers read from them, and what could not be read.</summary>
public sealed record AdjustForm(string? Sku, string? Warehouse, string? OnHand, string? ReorderPoint, string? Reason, FieldErrors Errors)
{
    public StockAdjustment Adjustment => new(Number(OnHand), Number(ReorderPoint), Reason);

    public static AdjustForm From(FormFields fields)
    {
        var form = new AdjustForm(fields["sku"], fields["warehouse"], fields["onHand"], fields["reorderPoint"], fields["reason"], new FieldErrors());
        // The page always sends the reorder point (filled in with the current one), so a blank one is not taken as 0.
        form.Errors.Require(Number(form.OnHand) is not null, "onHand", StockAdjustments.WholeNumberRule);
        form.Errors.Require(Number(form.ReorderPoint) is not null, "reorderPoint", StockAdjustments.WholeNumberRule);
        return form;
    }

    /// <summary>The form filled in with the one row shown, when the filter narrows to one; blank otherwise.</summary>
    public static AdjustForm For(IReadOnlyList<StockLevel> shown) => shown is [var one]
        ? new(one.Sku.Value, one.Warehouse, Text(one.OnHand), Text(one.ReorderPoint), null, new FieldErrors())
        : new(null, null, null, null, null, new FieldErrors());

    static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
