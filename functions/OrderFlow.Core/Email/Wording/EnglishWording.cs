using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Email.Wording;

public sealed partial class EnglishWording : CustomerWording
{
    public static readonly EnglishWording Instance = new();

    public override Language Language => Language.En;
    protected override string DateFormat => "d MMMM yyyy";

    public override string Hello(string name) => $"Hello {name},";
    public override string Regards(string sender) => $"Kind regards,\n{sender}";
    public override string LineItem(int quantity, string description, string sku) => $"{quantity} × {description} ({sku})";

    public override string ConfirmedSubject(string order) => $"Your order {order} is confirmed";
    public override string ConfirmedIntro => "thank you for your order. We have reserved:";
    public override string TotalWithTaxAndShipping => "Total with tax and shipping";
    public override string ShippedSubject(string order) => $"Your order {order} is on its way";
    public override string ParcelWith(string carrier, string trackingNumber) => $"your parcel is with {carrier}. Tracking number: {trackingNumber}";
    public override string BackorderedSubject(string order) => $"Your order {order} is waiting for stock";
    public override string BackorderedIntro(string order) => $"thank you for your order {order}. These items are not in stock right now:";
    public override string BackorderedPromise =>
        "We will ship your order as soon as the stock arrives and write again when it is confirmed. You need not do anything.";
    public override string CancelledSubject(string order) => $"Your order {order} is cancelled";
    public override string CancelledIntro(string order) => $"we have cancelled your order {order}. Nothing will be shipped.";
    public override string CancelReason(string reason) => $"Reason: {reason}";
    public override string CancelledForLackOfStock => "We could not get the items in stock in time.";
    public override string CancelledMoneyBack => "Anything you paid for the order will be refunded; an invoice already sent is cancelled by a credit note.";
    public override string RejectedSubject(string order) => $"We could not accept your order {order}";
    public override string RejectedIntro(string order) => $"we are sorry: we could not accept your order {order}, and nothing will be shipped.";
    public override string RejectedMoneyBack => "Anything you paid for it will be refunded. If you have questions, just reply to this email.";

    public override string InvoiceSubject(string number, string order) => $"Invoice {number} for your order {order}";
    public override string InvoiceIntro(string number, string order) => $"here is invoice {number} for your order {order}.";
    public override string Net => "Net";
    public override string Tax => "Tax";
    public override string Shipping => "Shipping";
    public override string Total => "Total";
    public override string PaidAtCheckout => "You paid at checkout: nothing is due.";
    public override string DueDateOnInvoice => "The due date and how to pay are on the invoice.";
    public override string InvoiceAttached => "The invoice is attached as a PDF, and as an e-invoice (UBL XML) for your accounting system.";
    public override string CreditSubject(string number, string order) => $"Credit note {number} for your order {order}";
    public override string CreditIntro(string number, string invoice, string order) =>
        $"credit note {number} cancels invoice {invoice} for your order {order} in full.";
    public override string TotalCredited => "Total credited";
    public override string CreditAttached => "The credit note is attached as a PDF, and as an e-invoice (UBL XML) for your accounting system.";

    public override string ReminderSubject(ReminderLevel level, string invoice) => level switch
    {
        ReminderLevel.Friendly => $"Payment reminder: invoice {invoice}",
        ReminderLevel.Second => $"Second reminder: invoice {invoice} is overdue",
        _ => $"Final reminder: invoice {invoice} is overdue",
    };
    public override string ReminderIntro(ReminderLevel level, string invoice, string issued, string due) => level switch
    {
        ReminderLevel.Friendly => $"a friendly reminder: invoice {invoice} of {issued} was due on {due}, and we have not received your payment yet. "
            + "Perhaps it slipped through.",
        ReminderLevel.Second => $"invoice {invoice} of {issued} was due on {due} and is still unpaid, although we reminded you of it. "
            + "Please pay the open amount now.",
        _ => $"this is our final reminder: invoice {invoice} of {issued} was due on {due} and is still unpaid. Please pay the open amount now, "
            + "or tell us at once if anything about the invoice is wrong.",
    };
    public override string InvoiceTotal => "Invoice total";
    public override string Paid => "Paid";
    public override string Open => "Open";
    public override string TransferTo => "Please transfer the open amount to:";
    public override string AccountHolder => "Account holder";
    public override string Reference => "Reference";
    public override string PaidMeanwhile => "If you have paid in the meantime, please disregard this email.";
    public override string Questions(string contact, string email, string phone) => $"Questions about the invoice: {contact}, {email}, {phone}";
}
