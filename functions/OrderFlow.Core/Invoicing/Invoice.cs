namespace OrderFlow.Core.Invoicing;

/// <summary>An issued invoice; amounts in minor units of <see cref="Currency"/>.</summary>
public sealed record Invoice(
    string Number,
    string OrderId,
    string CustomerId,
    DateTimeOffset IssuedAt,
    string Currency,
    string Status,
    IReadOnlyList<InvoiceLine> Lines,
    long ShippingMinor)
{
    public long NetMinor => Lines.Sum(l => l.NetMinor);

    public long TaxMinor => Lines.Sum(l => l.TaxMinor);

    public long GrossMinor => NetMinor + TaxMinor + ShippingMinor;
}

public sealed record InvoiceLine(string Sku, string Description, int Quantity, long UnitPriceMinor, decimal TaxRate, long NetMinor, long TaxMinor)
{
    public long GrossMinor => NetMinor + TaxMinor;
}
