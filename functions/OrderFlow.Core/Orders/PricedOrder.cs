using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders;

/// <summary>An order that passed validation: customer known, every line priced from the catalogue, totals computed.</summary>
public sealed record PricedOrder(
    string OrderId,
    string CustomerId,
    string CustomerEmail,
    string CustomerName,
    string Currency,
    IReadOnlyList<PricedLine> Lines,
    long ShippingMinor,
    PostalAddress ShippingAddress,
    bool Paid)
{
    public long NetMinor => Lines.Sum(l => l.NetMinor);

    public long TaxMinor => Lines.Sum(l => l.TaxMinor);

    public long GrossMinor => NetMinor + TaxMinor + ShippingMinor;
}

/// <summary>A priced line: net = unit price × quantity; tax = net × rate, rounded half away from zero.</summary>
public sealed record PricedLine(string Sku, string Description, int Quantity, long UnitPriceMinor, decimal TaxRate, long NetMinor, long TaxMinor);
