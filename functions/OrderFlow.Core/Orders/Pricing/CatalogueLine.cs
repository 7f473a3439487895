using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Pricing;

/// <summary>What the catalogue says of an order line's product: it decides the SKU, the name and the reference price.</summary>
public sealed record CatalogueLine(string Sku, string Name, decimal TaxRate, Money ListPrice);
