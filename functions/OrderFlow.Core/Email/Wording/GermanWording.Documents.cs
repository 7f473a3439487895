using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Email.Wording;

public sealed partial class GermanWording
{
    protected override string DocumentDateFormat => "dd.MM.yyyy";

    protected override string DueOnReceipt => "Zahlbar sofort";
    protected override string DueAtMonthEnd => "Zahlbar zum Monatsende";
    protected override string DaysNet(int days, bool fromMonthEnd) => fromMonthEnd ? $"{days} Tage netto ab Monatsende" : $"{days} Tage netto";

    public override string InvoiceTitle => "Rechnung";
    public override string CreditNoteTitle => "Gutschrift";
    public override string NumberLabel(DocumentType type) => type == DocumentType.Invoice ? "Rechnungsnummer" : "Gutschriftsnummer";
    public override string VatId(string id) => $"USt-IdNr. {id}";
    public override string Contact(string name) => $"Ansprechpartner: {name}";
    public override string Phone(string number) => $"Tel. {number}";
    public override string BillTo => "Rechnungsempfänger";
    public override string AmountsIn(string currency) => $"Beträge in {currency}.";
    public override string IssueDate => "Ausstellungsdatum";
    public override string DueDate => "Fällig am";
    public override string PaymentTermsLabel => "Zahlungsbedingungen";
    public override string YourReference => "Ihre Referenz";
    public override string OrderLabel => "Bestellung";
    public override string CreditsInvoiceLabel => "Zur Rechnung";
    public override string InvoiceOf(string invoice, string issued) => $"{invoice} vom {issued}";

    public override string Description => "Beschreibung";
    public override string Quantity => "Menge";
    public override string UnitPrice => "Einzelpreis";
    public override string Discount => "Rabatt";
    public override string Vat => "USt.";
    public override string Sku(string sku) => $"Art.-Nr. {sku}";
    public override string NetOfLines => "Positionen netto";
    public override string VatOn(string rate, string amount) => $"USt. {rate} auf {amount}";
    public override string PaidAtCheckoutLabel => "Beim Kauf bezahlt";
    public override string AmountDue => "Zahlbetrag";

    public override string PaymentHeading => "Zahlung";
    public override string CreditHeading => "Gutschrift";
    public override string NothingDue => "Beim Kauf vollständig bezahlt: Es ist nichts mehr fällig.";
    public override string PayBy(string amount, string? due) => due is null
        ? $"Bitte überweisen Sie {amount} per SEPA-Überweisung an:"
        : $"Bitte überweisen Sie {amount} bis zum {due} per SEPA-Überweisung an:";
    public override string PaymentReference => "Verwendungszweck";
    public override string CreditCancels(string invoice) => $"Diese Gutschrift hebt die Rechnung {invoice} vollständig auf.";
    public override string Page(int page, int pages) => $"Seite {page} von {pages}";
}
