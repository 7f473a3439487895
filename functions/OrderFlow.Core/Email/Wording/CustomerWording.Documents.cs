using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Email.Wording;

/// <summary>
/// The invoice and credit-note documents: the PDF's labels and sentences and the payment terms. A document's dates are
/// short (<see cref="DocumentDateFormat"/>) so they fit its columns; its numbers follow the language as the emails do.
/// </summary>
public abstract partial class CustomerWording
{
    public string DocumentDate(DateOnly date) => date.ToString(DocumentDateFormat, CultureInfo.InvariantCulture);

    protected abstract string DocumentDateFormat { get; }

    /// <summary>An amount in a column whose currency is stated once: "1,234.50", "1.234,50".</summary>
    public string Grouped(Money money) => money.ToGroupedStringIn(Culture);

    /// <summary>A rate of 0.19 reads "19 %", 0.055 "5.5 %" ("5,5 %" in German).</summary>
    public string Percent(decimal rate) => (rate * 100).ToString("0.##", Culture) + " %";

    public string Title(DocumentType type) => type == DocumentType.Invoice ? InvoiceTitle : CreditNoteTitle;

    /// <summary>The payment terms as the invoice states them (PDF and the e-invoice's BT-20).</summary>
    public string Terms(PaymentTerms terms) => (terms.NetDays, terms.FromMonthEnd) switch
    {
        (0, false) => DueOnReceipt,
        (0, true) => DueAtMonthEnd,
        (var days, var fromMonthEnd) => DaysNet(days, fromMonthEnd),
    };

    protected abstract string DueOnReceipt { get; }
    protected abstract string DueAtMonthEnd { get; }
    protected abstract string DaysNet(int days, bool fromMonthEnd);

    // Header
    public abstract string InvoiceTitle { get; }
    public abstract string CreditNoteTitle { get; }
    public abstract string NumberLabel(DocumentType type);
    public abstract string VatId(string id);
    public abstract string Contact(string name);
    public abstract string Phone(string number);
    public abstract string BillTo { get; }
    public abstract string AmountsIn(string currency);
    public abstract string IssueDate { get; }
    public abstract string DueDate { get; }
    public abstract string PaymentTermsLabel { get; }
    public abstract string YourReference { get; }
    public abstract string OrderLabel { get; }
    public abstract string CreditsInvoiceLabel { get; }
    public abstract string InvoiceOf(string invoice, string issued);

    // Lines and totals
    public abstract string Description { get; }
    public abstract string Quantity { get; }
    public abstract string UnitPrice { get; }
    public abstract string Discount { get; }
    public abstract string Vat { get; }
    public abstract string Sku(string sku);
    public abstract string NetOfLines { get; }
    public abstract string VatOn(string rate, string amount);
    public abstract string PaidAtCheckoutLabel { get; }
    public abstract string AmountDue { get; }

    // Payment
    public abstract string PaymentHeading { get; }
    public abstract string CreditHeading { get; }
    public abstract string NothingDue { get; }
    public abstract string PayBy(string amount, string? due);
    public abstract string PaymentReference { get; }
    public abstract string CreditCancels(string invoice);
    public abstract string Page(int page, int pages);
}
