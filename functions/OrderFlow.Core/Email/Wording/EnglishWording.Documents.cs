using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Email.Wording;

public sealed partial class EnglishWording
{
    protected override string DocumentDateFormat => "yyyy-MM-dd";

    protected override string DueOnReceipt => "Due on receipt";
    protected override string DueAtMonthEnd => "Due at the end of the month";
    protected override string DaysNet(int days, bool fromMonthEnd) => fromMonthEnd ? $"{days} days net from the end of the month" : $"{days} days net";

    public override string InvoiceTitle => "Invoice";
    public override string CreditNoteTitle => "Credit note";
    public override string NumberLabel(DocumentType type) => $"{Title(type)} number";
    public override string VatId(string id) => $"VAT ID {id}";
    public override string Contact(string name) => $"Contact: {name}";
    public override string Phone(string number) => $"Phone {number}";
    public override string BillTo => "Bill to";
    public override string AmountsIn(string currency) => $"Amounts in {currency}.";
    public override string IssueDate => "Issue date";
    public override string DueDate => "Due date";
    public override string PaymentTermsLabel => "Payment terms";
    public override string YourReference => "Your reference";
    public override string OrderLabel => "Order";
    public override string CreditsInvoiceLabel => "Credits invoice";
    public override string InvoiceOf(string invoice, string issued) => $"{invoice} of {issued}";

    public override string Description => "Description";
    public override string Quantity => "Qty";
    public override string UnitPrice => "Unit price";
    public override string Discount => "Discount";
    public override string Vat => "VAT";
    public override string Sku(string sku) => $"SKU {sku}";
    public override string NetOfLines => "Net of the lines";
    public override string VatOn(string rate, string amount) => $"VAT {rate} of {amount}";
    public override string PaidAtCheckoutLabel => "Paid at checkout";
    public override string AmountDue => "Amount due";

    public override string PaymentHeading => "Payment";
    public override string CreditHeading => "Credit";
    public override string NothingDue => "Paid in full at checkout: nothing is due.";
    public override string PayBy(string amount, string? due) =>
        due is null ? $"Please pay {amount} by SEPA credit transfer to:" : $"Please pay {amount} by {due} by SEPA credit transfer to:";
    public override string PaymentReference => "Payment reference";
    public override string CreditCancels(string invoice) => $"This credit note cancels invoice {invoice} in full.";
    public override string Page(int page, int pages) => $"page {page} of {pages}";
}
