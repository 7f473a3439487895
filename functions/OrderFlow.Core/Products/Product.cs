using OrderFlow.Core.Common;

namespace OrderFlow.Core.Products;

/// <summary>A catalogue entry with its price per currency and its tax rate (0.19 for 19 %).</summary>
public sealed record Product(Sku Sku, string Name, bool Active, decimal TaxRate, IReadOnlyDictionary<string, long> PricesMinor)
{
    /// <summary>Who last saved the product; none for products saved before that was kept.</summary>
    public Actor? UpdatedBy { get; init; }

    public Money? PriceIn(Currency currency) =>
        PricesMinor.TryGetValue(currency.Code, out var minor) ? new Money(minor, currency) : null;
}
