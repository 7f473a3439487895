using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Common;
using OrderFlow.Core.Products;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Products;

public sealed class ProductFunctions(ProductCatalogue catalogue)
{
    [Function("PutProduct")]
    [Description("Creates or replaces a product: name, active, tax rate and a price per currency. The answer names who saved it (\"updatedBy\":{\"id\",\"name\",\"kind\"}).")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/products/{sku}")] HttpRequest request, string sku, CancellationToken cancellationToken)
    {
        var (product, error) = await JsonBody.ReadValidAsync<ProductInput, Product>(request, (input, errors) => input.Validate(sku, errors), cancellationToken);
        if (error is not null)
        {
            return error;
        }
        return TypedResults.Ok(ProductView.From(await catalogue.SaveAsync(product!, request.Actor(), cancellationToken)));
    }
}

public sealed record ProductView(string Sku, string Name, bool Active, string TaxRate, IReadOnlyList<MoneyDto> Prices, Actor? UpdatedBy)
{
    public static ProductView From(Product product) => new(
        product.Sku.Value,
        product.Name,
        product.Active,
        product.TaxRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [.. product.PricesMinor.Select(p => MoneyDto.From(new Money(p.Value, Currency.Parse(p.Key))))],
        product.UpdatedBy);
}
