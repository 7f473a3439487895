using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.Products;

/// <summary>The catalogue for administrators: every product with its prices, and a form for a new one (saved as PUT /api/products/{sku} saves).</summary>
public sealed class ProductListPage(ProductCatalogue catalogue)
{
    public const string Path = "/products";

    public static string PathOf(Sku sku) => $"{Path}/{Uri.EscapeDataString(sku.Value)}";

    [Function("ProductListPage")]
    [Description("Every product with its prices and state, and the new-product form.")]
    public async Task<IResult> ShowAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "products")] HttpRequest request, CancellationToken cancellationToken) =>
        await PageAsync(request, ProductForm.Of(null), null, StatusCodes.Status200OK, cancellationToken);

    [Function("AddProductPage")]
    [Description("Adds a product from the new-product form; an existing SKU is refused (edit it on its own page).")]
    public async Task<IResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "products")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (fields, refusal) = await FormFields.ReadAsync(request, ProductForm.MaxBytes, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var form = ProductForm.From(fields!);
        var (product, errors) = form.Read(form[ProductForm.Sku] ?? "");
        if (product is not null && await catalogue.FindAsync(product.Sku, cancellationToken) is not null)
        {
            errors.Add(ProductForm.Sku, $"{product.Sku} exists already: change it on its own page.");
        }
        if (!errors.IsEmpty)
        {
            return await PageAsync(request, form, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }
        await catalogue.SaveAsync(product!, request.Actor(), cancellationToken);
        return BackOfficePage.Done(PathOf(product!.Sku), ProductPage.Added);
    }

    async Task<IResult> PageAsync(HttpRequest request, ProductForm form, FieldErrors? errors, int status, CancellationToken cancellationToken)
    {
        var products = (await catalogue.ListAsync(cancellationToken)).OrderBy(p => p.Sku.Value, StringComparer.Ordinal);
        var table = DataTable.Render(
            "Products by SKU",
            ["SKU", "Name", "State", "Tax rate", "Prices", "Last saved by"],
            products.Select(p => (IReadOnlyList<string>)[
                DataTable.Link(PathOf(p.Sku), p.Sku.Value), HtmlPage.Encode(p.Name), p.Active ? "active" : "inactive",
                HtmlPage.Encode(p.TaxRate.ToString(CultureInfo.InvariantCulture)), HtmlPage.Encode(ProductPage.Prices(p)), HtmlPage.Encode(p.UpdatedBy?.Name)]),
            "No products yet.");
        var content = table + "<h2>New product</h2>" + form.Render(Path, "Add product", newProduct: true, errors);
        return BackOfficePage.Show(request, "Products", content, status);
    }
}
