using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Functions.Invoicing;

/// <summary>
/// An invoice or credit note as JSON (docs/architecture.md §1, plus type, customer name, shipping, payments and the credit
/// links); amounts are decimal strings in the document's currency.
/// </summary>
public sealed record InvoiceView(
    string Number,
    string Type,
    string OrderId,
    string CustomerId,
    string? CustomerName,
    DateTimeOffset IssuedAt,
    string Currency,
    string Status,
    IReadOnlyList<InvoiceLineView> Lines,
    InvoiceTotalsView Totals,
    IReadOnlyList<PaymentView> Payments,
    string? CreditNoteNumber,
    CreditedInvoiceView? Credits)
{
    /// <summary>When payment is due (yyyy-MM-dd) under <see cref="PaymentTerms"/>; null on documents issued before terms were kept.</summary>
    public DateOnly? DueDate { get; init; }

    public string? PaymentTerms { get; init; }

    public string? BuyerReference { get; init; }

    /// <summary>The payment reminders sent, each level once, in the order they went out.</summary>
    public IReadOnlyList<ReminderView> Reminders { get; init; } = [];

    public static InvoiceView From(Invoice document)
    {
        var currency = Core.Common.Currency.Parse(document.Currency);
        string Amount(long minor) => new Money(minor, currency).ToDecimalString();
        return new InvoiceView(
            document.Number.Value,
            document.Type.ToString(),
            document.OrderId.Value,
            document.CustomerId,
            document.Customer?.Name,
            document.IssuedAt,
            currency.Code,
            document.Status.ToString(),
            [.. document.Lines.Select(l => new InvoiceLineView(
                l.Sku, l.Description, l.Quantity, Amount(l.UnitPriceMinor), l.TaxRate.ToString(CultureInfo.InvariantCulture),
                Amount(l.NetMinor), Amount(l.TaxMinor), Amount(l.GrossMinor)) { Discount = Amount(l.DiscountMinor) })],
            new InvoiceTotalsView(Amount(document.NetMinor), Amount(document.TaxMinor), Amount(document.ShippingMinor), Amount(document.GrossMinor), Amount(document.PaidMinor))
            {
                Discount = Amount(document.Lines.Sum(l => l.DiscountMinor)),
                ShippingTaxes = [.. document.ShippingParts.Select(p => new ShippingTaxView(p.TaxRate.ToString(CultureInfo.InvariantCulture), Amount(p.NetMinor), Amount(p.TaxMinor)))],
            },
            [.. document.Payments.Select(p => new PaymentView(p.Reference, Amount(p.AmountMinor), p.PaidAt))],
            document.Credit?.CreditNoteNumber?.Value,
            document.Credits is { } credited ? new CreditedInvoiceView(credited.Number.Value, credited.IssuedAt, credited.Reason) : null)
        {
            DueDate = document.DueDate,
            PaymentTerms = document.Terms?.ToString(),
            BuyerReference = document.BuyerReference,
            Reminders = [.. document.Reminders.Select(r => new ReminderView(r.Level.ToString(), r.At))],
        };
    }
}

/// <summary>Unit price before discount; net = quantity × unit price − discount.</summary>
public sealed record InvoiceLineView(string Sku, string Description, int Quantity, string UnitPrice, string TaxRate, string Net, string Tax, string Gross)
{
    public string Discount { get; init; } = "0";
}

/// <summary>Gross = net + tax + shipping; tax includes the shipping's, which <see cref="ShippingTaxes"/> shows per rate.</summary>
public sealed record InvoiceTotalsView(string Net, string Tax, string Shipping, string Gross, string Paid)
{
    public string Discount { get; init; } = "0";

    public IReadOnlyList<ShippingTaxView> ShippingTaxes { get; init; } = [];
}

/// <summary>The part of the net shipping charge taxed at one rate, and its tax.</summary>
public sealed record ShippingTaxView(string TaxRate, string Net, string Tax);

public sealed record ReminderView(string Level, DateTimeOffset At);

public sealed record PaymentView(string Reference, string Amount, DateTimeOffset PaidAt);

public sealed record CreditedInvoiceView(string Number, DateTimeOffset IssuedAt, string Reason);
