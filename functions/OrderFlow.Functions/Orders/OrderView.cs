using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Functions.Orders;

/// <summary>GET /orders/{id} as ARCHITECTURE.md §6 shapes it; amounts are decimal strings in the order's currency.</summary>
public sealed record OrderView(
    string OrderId,
    string Source,
    string ExternalId,
    string Status,
    string? CustomerId,
    string? Currency,
    bool Paid,
    IReadOnlyList<OrderLineView> Lines,
    OrderTotalsView? Totals,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ReservationResult> Reservations,
    IReadOnlyList<Shipment> Shipments,
    IReadOnlyList<PaymentView> Payments,
    string? InvoiceNumber,
    string? CreditNoteNumber,
    RejectionView? Rejection,
    string? Attention)
{
    public static OrderView From(OrderRecord record)
    {
        var priced = record.Priced;
        var currency = priced is null ? (Currency?)null : Core.Common.Currency.Parse(priced.Currency);
        string Amount(long minor) => new Money(minor, currency!.Value).ToDecimalString();
        var progress = priced is null ? null : FulfilmentProgress.Of(record);
        return new OrderView(
            record.OrderId,
            record.Source,
            record.ExternalId,
            record.Status.ToString(),
            record.CustomerId,
            record.Currency,
            record.Paid,
            priced is null ? [] : [.. priced.Lines.Select(l => new OrderLineView(
                l.Sku, l.Description, l.Quantity, Amount(l.UnitPriceMinor), l.TaxRate.ToString(System.Globalization.CultureInfo.InvariantCulture), Amount(l.NetMinor), Amount(l.TaxMinor),
                progress!.Picked[l.Sku], progress.Shipped[l.Sku]))],
            priced is null ? null : new OrderTotalsView(Amount(priced.NetMinor), Amount(priced.TaxMinor), Amount(priced.ShippingMinor), Amount(priced.GrossMinor)),
            record.Timeline,
            record.Reservations,
            record.Shipments,
            [.. record.Payments.Select(p => new PaymentView(p.Reference, Amount(p.AmountMinor), p.At))],
            record.InvoiceNumber,
            record.CreditNoteNumber,
            record.RejectionReasons is { } reasons ? new RejectionView(reasons) : null,
            record.Attention);
    }
}

/// <summary>A line; picked and shipped count units of its SKU across the order's picks and parcels.</summary>
public sealed record OrderLineView(string Sku, string Description, int Quantity, string UnitPrice, string TaxRate, string Net, string Tax, int Picked, int Shipped);

public sealed record PaymentView(string Reference, string Amount, DateTimeOffset At);

public sealed record OrderTotalsView(string Net, string Tax, string Shipping, string Gross);

public sealed record RejectionView(IReadOnlyList<string> Reasons);
