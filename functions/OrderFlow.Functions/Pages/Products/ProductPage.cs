using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Products;

/// <summary>One product's edit form; saved as PUT /api/products/{sku} saves it, with the viewer recorded.</summary>
public sealed class ProductPage(ProductCatalogue catalogue)
{
    public const string Added = "added";
    public const string Saved = "saved";
    static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal) { [Added] = "Product added.", [Saved] = "Product saved." };

    [Function("ProductPage")]
    [Description("A product's edit form: name, tax rate, active, a price per currency.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "products/{sku}")] HttpRequest request, string sku, CancellationToken cancellationToken) =>
        await FindAsync(sku, cancellationToken) is { } product
            ? Page(request, product, ProductForm.Of(product), null, StatusCodes.Status200OK)
            : NotFound(request);

    [Function("SaveProductPage")]
    [Description("Saves a product from its edit form.")]
    public async Task<IResult> SaveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "products/{sku}")] HttpRequest request, string sku, CancellationToken cancellationToken)
    {
        var (fields, refusal) = await FormFields.ReadAsync(request, ProductForm.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await FindAsync(sku, cancellationToken) is not { } existing)
        {
            return NotFound(request);
        }
        var form = ProductForm.From(fields!);
        var (product, errors) = form.Read(existing.Sku.Value);
        if (product is null)
        {
            return Page(request, existing, form, errors, StatusCodes.Status400BadRequest);
        }
        await catalogue.SaveAsync(product, request.Actor(), cancellationToken);
        return BackOfficePage.Done(ProductListPage.PathOf(product.Sku), Saved);
    }

    public static string Prices(Product product) =>
        string.Join(", ", product.PricesMinor.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Money(p.Value, Currency.Parse(p.Key)).ToDisplayString()));

    async Task<Product?> FindAsync(string sku, CancellationToken cancellationToken) =>
        Sku.TryParse(sku, out var parsed) ? await catalogue.FindAsync(parsed, cancellationToken) : null;

    static HtmlPage Page(HttpRequest request, Product product, ProductForm form, FieldErrors? errors, int status)
    {
        var saved = product.UpdatedBy is { } by ? $"<p>Last saved by {HtmlPage.Encode(by.Name)}.</p>" : "";
        var content = BackOfficePage.Notice(request, Notices) + saved + form.Render(ProductListPage.PathOf(product.Sku), "Save product", newProduct: false, errors)
            + $"<p>{DataTable.Link(ProductListPage.Path, "All products")}</p>";
        return BackOfficePage.Show(request, $"Product {product.Sku}", content, status);
    }

    static HtmlPage NotFound(HttpRequest request) =>
        BackOfficePage.Show(request, "Product not found", $"<p>There is no such product. {DataTable.Link(ProductListPage.Path, "All products")}.</p>", StatusCodes.Status404NotFound);
}
