using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Pages.Kit;
using OrderFlow.Functions.Pages.Products;

namespace OrderFlow.Functions.Pages.NewOrder;

/// <summary>What the person entering an order chooses from: the active products, each with its prices and the stock available per warehouse.</summary>
public sealed record Catalogue(IReadOnlyList<Product> Products, ILookup<Sku, StockLevel> Stock)
{
    public static async Task<Catalogue> LoadAsync(ProductCatalogue products, StockLedger stock, CancellationToken cancellationToken)
    {
        var listed = products.ListAsync(cancellationToken);
        var levels = stock.ListAsync(null, cancellationToken);
        return new Catalogue([.. (await listed).Where(p => p.Active).OrderBy(p => p.Sku.Value, StringComparer.Ordinal)], (await levels).ToLookup(l => l.Sku));
    }

    /// <summary>Every currency some product is priced in, EUR first when there is one (the demo's and most orders' currency).</summary>
    public IReadOnlyList<string> Currencies =>
        [.. Products.SelectMany(p => p.PricesMinor.Keys).Distinct().OrderBy(c => c == "EUR" ? "" : c, StringComparer.Ordinal)];

    /// <summary>A product choice: "CUP-ESP · Espresso cup · 12.50 EUR · 180 available".</summary>
    public IEnumerable<(string Value, string Text)> Options() =>
        Products.Select(p => (p.Sku.Value, $"{p.Sku} · {p.Name} · {ProductPage.Prices(p)} · {Stock[p.Sku].Sum(l => l.Available).ToString(CultureInfo.InvariantCulture)} available"));

    /// <summary>The products as a table: prices and the stock available in each warehouse.</summary>
    public string Table() => DataTable.Render(
        "Products: catalogue price and stock available per warehouse",
        ["SKU", "Product", "Price", "Available"],
        Products.Select(p => (IReadOnlyList<string>)[HtmlPage.Encode(p.Sku.Value), HtmlPage.Encode(p.Name), HtmlPage.Encode(ProductPage.Prices(p)), HtmlPage.Encode(Available(p.Sku))]),
        "No active products: an administrator adds them under Products.");

    string Available(Sku sku) =>
        Stock[sku].Any() ? string.Join(", ", Stock[sku].OrderBy(l => l.Warehouse, StringComparer.Ordinal).Select(l => $"{l.Warehouse} {l.Available.ToString(CultureInfo.InvariantCulture)}")) : "none in stock";
}
