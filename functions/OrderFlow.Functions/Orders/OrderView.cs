using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Import;

namespace OrderFlow.Functions.Orders;

/// <summary>GET /orders/{id} as docs/architecture.md §1 shapes it; amounts are decimal strings in the order's currency.</summary>
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
    IReadOnlyList<TimelineEntryView> Timeline,
    IReadOnlyList<ReservationView> Reservations,
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
        string Amount(long minor) => priced!.InCurrency(minor).ToDecimalString();
        var progress = priced is null ? null : record.Progress;
        return new OrderView(
            record.OrderId.Value,
            record.Source,
            record.ExternalId,
            record.Status.ToString(),
            record.CustomerId?.Value,
            record.Currency?.Code,
            record.Paid,
            priced is null ? [] : [.. priced.Lines.Select(l => new OrderLineView(
                l.Sku.Value, l.Description, l.Quantity, Amount(l.UnitPriceMinor), l.TaxRate.ToString(System.Globalization.CultureInfo.InvariantCulture), Amount(l.NetMinor), Amount(l.TaxMinor),
                progress!.Picked[l.Sku], progress.Shipped[l.Sku])
            {
                ListPrice = l.ListPriceMinor is { } list ? Amount(list) : null,
                Discount = Amount(l.DiscountMinor),
                PriceOverrideReason = l.PriceOverrideReason,
            })],
            priced is null ? null : new OrderTotalsView(priced.Net.ToDecimalString(), priced.Tax.ToDecimalString(), priced.Shipping.ToDecimalString(), priced.Gross.ToDecimalString())
            {
                Discount = priced.Discount.ToDecimalString(),
                ShippingTax = priced.ShippingTax.ToDecimalString(),
            },
            [.. record.Timeline.Select(TimelineEntryView.From)],
            [.. record.Reservations.Select(ReservationView.From)],
            record.Shipments,
            [.. record.Payments.Select(p => new PaymentView(p.Reference, p.Amount.ToDecimalString(), p.At, p.By ?? Actor.System))],
            record.InvoiceNumber?.Value,
            record.CreditNoteNumber?.Value,
            record.RejectionReasons is { } reasons ? new RejectionView(reasons) : null,
            record.Attention)
        {
            Imported = record.Imported,
            Refunds = [.. record.Refunds.Select(r => new PaymentView(r.Reference, r.Amount.ToDecimalString(), r.At, r.By))],
            FlaggedFor = record.FlaggedFor,
        };
    }

    /// <summary>Money paid back (the refund an order owed), each with its reference and who recorded it.</summary>
    public IReadOnlyList<PaymentView> Refunds { get; init; } = [];

    /// <summary>What kind of attention <see cref="Attention"/> is, which says what clears it; null when none.</summary>
    public AttentionKind? FlaggedFor { get; init; }

    /// <summary>For an imported order: the system it came from and that system's invoice number (a reference, not ours).</summary>
    public ImportOrigin? Imported { get; init; }
}

/// <summary>
/// A line; unit price is what was charged per unit before discount, list price the catalogue's; net = quantity × unit
/// price − discount. Picked and shipped count units of its SKU across the order's picks and parcels.
/// </summary>
public sealed record OrderLineView(string Sku, string Description, int Quantity, string UnitPrice, string TaxRate, string Net, string Tax, int Picked, int Shipped)
{
    public string? ListPrice { get; init; }

    public string Discount { get; init; } = "0";

    public string? PriceOverrideReason { get; init; }
}

/// <summary>The stock held for one SKU of the order: its state by name and where it is held.</summary>
public sealed record ReservationView(string Sku, int Requested, string? State, IReadOnlyList<Allocation> Allocations, int Missing)
{
    public static ReservationView From(ReservationResult result) =>
        new(result.Sku.Value, result.Requested, result.State?.ToString(), result.Allocations, result.Missing);
}

/// <summary>A payment and who recorded it (OrderFlow for a shop's payment).</summary>
public sealed record PaymentView(string Reference, string Amount, DateTimeOffset At, Actor By);

/// <summary>A timeline entry and who made it: a person, a key by its name, or OrderFlow itself (the workflow, timers, shops).</summary>
public sealed record TimelineEntryView(Milestone Stage, DateTimeOffset At, string? Detail, Actor By)
{
    public static TimelineEntryView From(TimelineEntry entry) => new(entry.Stage, entry.At, entry.Detail, entry.By ?? Actor.System);
}

/// <summary>Gross = net + tax + shipping; tax includes the shipping's tax, shown apart as shippingTax; discount is already off net.</summary>
public sealed record OrderTotalsView(string Net, string Tax, string Shipping, string Gross)
{
    public string Discount { get; init; } = "0";

    public string ShippingTax { get; init; } = "0";
}

public sealed record RejectionView(IReadOnlyList<string> Reasons);
