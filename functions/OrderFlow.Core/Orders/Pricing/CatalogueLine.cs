using OrderFlow.Core.Common;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>What the catalogue says of an order line's product: it decides the SKU, the name and the reference price.</summary>
public sealed record CatalogueLine(Sku Sku, string Name, decimal TaxRate, Money ListPrice);
