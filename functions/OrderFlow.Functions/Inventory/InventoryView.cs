using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Inventory;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Inventory;

/// <summary>
/// The inventory page's HTML: filter, stock table (a row below its reorder point says so in words, not by colour
/// alone), backordered demand, and the adjustment form for those whose roles open it.
/// </summary>
sealed class InventoryView(HttpRequest request, InventoryFilter filter, IReadOnlyList<StockLevel> levels, IReadOnlyList<BackorderedDemand> demand)
{
    static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        [InventoryPages.AdjustedNotice] = "Stock adjusted. Orders backordered for this SKU try again now.",
    };

    readonly bool canAdjust = request.HttpContext.Viewer() is { } viewer && AccessTable.Opens("InventoryAdjustPage", viewer);

    public string Render(AdjustForm form)
    {
        var html = new StringBuilder(BackOfficePage.Notice(request, Notices));
        html.Append(Filter());
        html.Append("<h2>Stock</h2>").Append(DataTable.Render("Stock per SKU and warehouse", StockHeaders(), levels.Select(StockRow), "No stock matches the filter."));
        html.Append("<h2>Backordered demand</h2>").Append(DataTable.Render(
            "Orders waiting for stock, per SKU",
            ["SKU", "Orders waiting", "Units waiting"],
            demand.OrderBy(d => d.Sku.Value, StringComparer.Ordinal).Select(d => (IReadOnlyList<string>)[HtmlPage.Encode(d.Sku.Value), Number(d.Orders), Number(d.Units)]),
            "No orders wait for stock."));
        if (canAdjust)
        {
            html.Append(AdjustFormHtml(form));
        }
        return html.ToString();
    }

    // The adjustment form below uses the kit's ids for "sku" and "warehouse", so the filter's controls carry ids of their own.
    string Filter()
    {
        var skuError = filter.Errors.For("sku") is [var message, ..] ? $"<p class=\"error\" id=\"filter-sku-error\">{HtmlPage.Encode(message)}</p>" : "";
        var skuInvalid = skuError.Length > 0 ? " aria-invalid=\"true\" aria-describedby=\"filter-sku-error\"" : "";
        return $"<form class=\"filters\" method=\"get\" action=\"{InventoryPages.Path}\" role=\"search\" aria-label=\"Filter stock\">"
            + $"<div class=\"field\"><label for=\"filter-sku\">SKU</label>{skuError}<input id=\"filter-sku\" name=\"sku\" value=\"{HtmlPage.Encode(filter.SkuText)}\"{skuInvalid}></div>"
            + $"<div class=\"field\"><label for=\"filter-warehouse\">Warehouse</label><input id=\"filter-warehouse\" name=\"warehouse\" value=\"{HtmlPage.Encode(filter.Warehouse)}\"></div>"
            + "<button type=\"submit\">Filter</button></form>";
    }

    IReadOnlyList<string> StockHeaders() =>
        canAdjust
            ? ["SKU", "Warehouse", "On hand", "Reserved", "Available", "Reorder point", "Status", "Last adjusted", "Adjust"]
            : ["SKU", "Warehouse", "On hand", "Reserved", "Available", "Reorder point", "Status", "Last adjusted"];

    IReadOnlyList<string> StockRow(StockLevel level)
    {
        var status = level.BelowReorderPoint ? $"<strong class=\"low-stock\">{InventoryPages.BelowReorderText}</strong>" : "OK";
        List<string> cells =
        [
            HtmlPage.Encode(level.Sku.Value), HtmlPage.Encode(level.Warehouse), Number(level.OnHand), Number(level.Reserved),
            Number(level.Available), Number(level.ReorderPoint), status, LastAdjusted(level),
        ];
        if (canAdjust)
        {
            var path = $"{InventoryPages.Path}?sku={Uri.EscapeDataString(level.Sku.Value)}&warehouse={Uri.EscapeDataString(level.Warehouse)}#adjust";
            cells.Add($"<a href=\"{HtmlPage.Encode(path)}\">Adjust<span class=\"visually-hidden\"> {HtmlPage.Encode(level.Sku.Value)} in {HtmlPage.Encode(level.Warehouse)}</span></a>");
        }
        return cells;
    }

    static string LastAdjusted(StockLevel level) => level.AdjustedBy is not { } by ? "" :
        $"{HtmlPage.Encode(by.Name)}, {DataTable.Time(level.AdjustedAt)}{(level.AdjustmentReason is { } reason ? $": {HtmlPage.Encode(reason)}" : "")}";

    static string AdjustFormHtml(AdjustForm form) =>
        $"<section id=\"adjust\" aria-labelledby=\"adjust-heading\"><h2 id=\"adjust-heading\">Adjust stock</h2>"
        + Fields.ErrorSummary(form.Errors)
        + $"<form method=\"post\" action=\"{InventoryPages.AdjustPath}\">"
        + Fields.Text("sku", "SKU", form.Sku, form.Errors, required: true)
        + Fields.Text("warehouse", "Warehouse", form.Warehouse, form.Errors, required: true)
        + Fields.Text("onHand", "On hand", form.OnHand, form.Errors, type: "number", required: true, extra: " min=\"0\" step=\"1\"")
        + Fields.Text("reorderPoint", "Reorder point", form.ReorderPoint, form.Errors, type: "number", required: true, extra: " min=\"0\" step=\"1\"")
        + Fields.TextArea("reason", "Reason", form.Reason, form.Errors, hint: "Why the count changes: a stock count, a delivery, damage. It is kept with your name.", required: true)
        + "<button type=\"submit\">Save adjustment</button></form></section>";

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
