using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// An issued invoice or credit note (<see cref="Type"/>); amounts in minor units of <see cref="Currency"/>. Changes
/// after issue are the transitions below (payments, credit), each answering a new value and refusing nothing twice.
/// <see cref="ShippingMinor"/> is the net shipping charge; its tax per rate is <see cref="ShippingParts"/>.
/// </summary>
public sealed partial record Invoice(
    DocumentNumber Number,
    OrderId OrderId,
    string CustomerId,
    DateTimeOffset IssuedAt,
    string Currency,
    InvoiceStatus Status,
    IReadOnlyList<InvoiceLine> Lines,
    long ShippingMinor)
{
    public DocumentType Type { get; init; } = DocumentType.Invoice;

    /// <summary>Who is billed, as the e-invoice names them; null on documents issued before it was kept.</summary>
    public InvoiceCustomer? Customer { get; init; }

    public IReadOnlyList<InvoicePayment> Payments { get; init; } = [];

    /// <summary>The payment terms agreed when it was issued; null on documents issued before terms were kept.</summary>
    public PaymentTerms? Terms { get; init; }

    /// <summary>The buyer's reference for the order (BT-10): their PO number or the shop's order; null on older documents.</summary>
    public string? BuyerReference { get; init; }

    /// <summary>The language the customer reads the document in: their own, English on documents issued before it was kept.</summary>
    [JsonIgnore]
    public Common.Language Language => Customer?.Language ?? Common.Language.En;

    /// <summary>When payment is due: the terms applied to the issue date (UTC).</summary>
    [JsonIgnore]
    public DateOnly? DueDate => Terms?.DueDate(DateOnly.FromDateTime(IssuedAt.UtcDateTime));

    /// <summary>The shipping charge per VAT rate with its tax; empty on documents issued before shipping was taxed.</summary>
    public IReadOnlyList<TaxedAmount> ShippingTaxes { get; init; } = [];

    /// <summary>The shipping charge per rate; on documents from before shipping was taxed, all of it untaxed.</summary>
    public IReadOnlyList<TaxedAmount> ShippingParts => ShippingTaxes.Count > 0 || ShippingMinor == 0 ? ShippingTaxes : [new TaxedAmount(0m, ShippingMinor, 0)];

    /// <summary>On an invoice: the credit asked for (its date fixes the credit note's series) and, once issued, its number.</summary>
    public CreditRequest? Credit { get; init; }

    /// <summary>On a credit note: the invoice it credits.</summary>
    public DocumentReference? Credits { get; init; }

    public long NetMinor => Lines.Sum(l => l.NetMinor);

    public long TaxMinor => Lines.Sum(l => l.TaxMinor) + ShippingTaxes.Sum(s => s.TaxMinor);

    public long GrossMinor => NetMinor + TaxMinor + ShippingMinor;

    public long PaidMinor => Payments.Sum(p => p.AmountMinor);

    /// <summary>
    /// What was paid by the time of issue (at checkout): the document's prepaid amount. Later payments are not part of
    /// the document, which never changes after issue.
    /// </summary>
    [JsonIgnore]
    public long PrepaidMinor => Payments.Where(p => p.PaidAt <= IssuedAt).Sum(p => p.AmountMinor);

    /// <summary>The amount the document asks to be paid: the gross less what was prepaid.</summary>
    [JsonIgnore]
    public long PayableMinor => GrossMinor - PrepaidMinor;

    /// <summary>Per VAT rate, highest first: the taxable amount and tax of its lines and of its part of the shipping.</summary>
    [JsonIgnore]
    public IReadOnlyList<TaxedAmount> TaxPerRate => [.. Lines.Select(l => new TaxedAmount(l.TaxRate, l.NetMinor, l.TaxMinor))
        .Concat(ShippingParts)
        .GroupBy(t => t.TaxRate)
        .Select(g => new TaxedAmount(g.Key, g.Sum(t => t.NetMinor), g.Sum(t => t.TaxMinor)))
        .OrderByDescending(t => t.TaxRate)];

    /// <summary>The draft as issued to this buyer: their terms and reference, and how they are reached and taxed.</summary>
    public Invoice Billed(BillingDetails details) => this with
    {
        Terms = details.Terms,
        BuyerReference = details.BuyerReference,
        Customer = Customer is null ? null : Customer with { VatId = details.VatId, ElectronicAddress = details.ElectronicAddress },
    };

    /// <summary>Records a payment once per reference; the status follows what is paid, unless the invoice is credited.</summary>
    public Invoice WithPayment(InvoicePayment payment)
    {
        if (Type != DocumentType.Invoice)
        {
            throw new InvalidOperationException($"{Number} is a credit note; payments go on invoices.");
        }
        if (Payments.Any(p => p.Reference == payment.Reference))
        {
            return this;
        }
        if (payment.Currency != Currency)
        {
            throw new ArgumentException($"Payment {payment.Reference} is in {payment.Currency}; invoice {Number} is in {Currency}.", nameof(payment));
        }
        var paid = this with { Payments = [.. Payments, payment] };
        return paid with { Status = Status == InvoiceStatus.Credited ? Status : paid.StatusForPayments() };
    }

    /// <summary>The status an invoice has for what was paid: Paid once the gross is covered.</summary>
    public InvoiceStatus StatusForPayments() =>
        PaidMinor >= GrossMinor ? InvoiceStatus.Paid : PaidMinor > 0 ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Issued;

    /// <summary>Asks for a credit once: a later request keeps the first one's date and reason.</summary>
    public Invoice WithCreditRequested(DateTimeOffset issuedAt, string reason) =>
        Credit is not null ? this : this with { Credit = new CreditRequest(issuedAt, reason, null) };

    public Invoice WithCreditNote(DocumentNumber creditNoteNumber) =>
        Credit is null ? throw new InvalidOperationException($"No credit was requested for {Number}.")
        : Credit.CreditNoteNumber == creditNoteNumber ? this
        : this with { Status = InvoiceStatus.Credited, Credit = Credit with { CreditNoteNumber = creditNoteNumber } };

    /// <summary>The credit note (UNTDID 1001 code 381) crediting this whole invoice, numbered <paramref name="number"/>.</summary>
    public Invoice CreditNote(DocumentNumber number) => Credit is not { } credit
        ? throw new InvalidOperationException($"No credit was requested for {Number}.")
        : this with
        {
            Number = number,
            IssuedAt = credit.IssuedAt,
            Type = DocumentType.CreditNote,
            Status = InvoiceStatus.Issued,
            Payments = [],
            Credit = null,
            Credits = new DocumentReference(Number, IssuedAt, credit.Reason),
        };
}

/// <summary>A line: unit price before discount, net after it (quantity × unit price − discount), all net of tax.</summary>
public sealed record InvoiceLine(string Sku, string Description, int Quantity, long UnitPriceMinor, decimal TaxRate, long NetMinor, long TaxMinor)
{
    public long DiscountMinor { get; init; }

    public long GrossMinor => NetMinor + TaxMinor;
}

/// <summary>Who is billed; a business customer has a VAT identifier and, to be reached over Peppol, an electronic address.</summary>
public sealed record InvoiceCustomer(string Name, string? Email, InvoiceAddress Address)
{
    public string? VatId { get; init; }

    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary>The language their reminders are written in; English on invoices issued before it was kept.</summary>
    public Common.Language Language { get; init; }
}

/// <summary>What issuing adds to a draft for its buyer.</summary>
public sealed record BillingDetails(PaymentTerms Terms, string BuyerReference, string? VatId, ElectronicAddress? ElectronicAddress);

public sealed record InvoiceAddress(string? Line1, string? Line2, string? City, string? PostalCode, string? Region, string? Country);

public sealed record InvoicePayment(string Reference, long AmountMinor, string Currency, DateTimeOffset PaidAt);

public sealed record CreditRequest(DateTimeOffset IssuedAt, string Reason, DocumentNumber? CreditNoteNumber);

public sealed record DocumentReference(DocumentNumber Number, DateTimeOffset IssuedAt, string Reason);

/// <summary>Issued → PartiallyPaid → Paid as payments arrive; Credited once a credit note cancels the invoice.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvoiceStatus>))]
public enum InvoiceStatus { Issued, PartiallyPaid, Paid, Credited }

[JsonConverter(typeof(JsonStringEnumConverter<DocumentType>))]
public enum DocumentType { Invoice, CreditNote }
