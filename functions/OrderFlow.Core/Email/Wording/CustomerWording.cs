using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Email.Wording;

/// <summary>
/// Everything the customer reads from us, in one catalogue per language (<see cref="EnglishWording"/>,
/// <see cref="GermanWording"/>): an abstract member per sentence, so a language missing one does not compile. Amounts
/// and dates are written as the language writes numbers and dates. The emails are here; the invoice and credit-note
/// documents (PDF, payment terms) are in the Documents part.
/// </summary>
public abstract partial class CustomerWording
{
    public static CustomerWording For(Language language) => language == Language.De ? GermanWording.Instance : EnglishWording.Instance;

    public abstract Language Language { get; }

    public CultureInfo Culture => Language.Culture();

    public string Amount(Money money) => money.ToDisplayStringIn(Culture);

    public string Date(DateOnly date) => date.ToString(DateFormat, Culture);

    protected abstract string DateFormat { get; }

    public abstract string Hello(string name);
    public abstract string Regards(string sender);
    public abstract string LineItem(int quantity, string description, string sku);

    // Order emails
    public abstract string ConfirmedSubject(string order);
    public abstract string ConfirmedIntro { get; }
    public abstract string TotalWithTaxAndShipping { get; }
    public abstract string ShippedSubject(string order);
    public abstract string ParcelWith(string carrier, string trackingNumber);
    public abstract string BackorderedSubject(string order);
    public abstract string BackorderedIntro(string order);
    public abstract string BackorderedPromise { get; }
    public abstract string CancelledSubject(string order);
    public abstract string CancelledIntro(string order);
    public abstract string CancelReason(string reason);
    public abstract string CancelledForLackOfStock { get; }
    public abstract string CancelledMoneyBack { get; }
    public abstract string RejectedSubject(string order);
    public abstract string RejectedIntro(string order);
    public abstract string RejectedMoneyBack { get; }

    // Document emails
    public abstract string InvoiceSubject(string number, string order);
    public abstract string InvoiceIntro(string number, string order);
    public abstract string Net { get; }
    public abstract string Tax { get; }
    public abstract string Shipping { get; }
    public abstract string Total { get; }
    public abstract string PaidAtCheckout { get; }
    public abstract string DueDateOnInvoice { get; }
    public abstract string InvoiceAttached { get; }
    public abstract string CreditSubject(string number, string order);
    public abstract string CreditIntro(string number, string invoice, string order);
    public abstract string TotalCredited { get; }
    public abstract string CreditAttached { get; }

    // Payment reminders
    public abstract string ReminderSubject(Invoicing.ReminderLevel level, string invoice);
    public abstract string ReminderIntro(Invoicing.ReminderLevel level, string invoice, string issued, string due);
    public abstract string InvoiceTotal { get; }
    public abstract string Paid { get; }
    public abstract string Open { get; }
    public abstract string TransferTo { get; }
    public abstract string AccountHolder { get; }
    public abstract string Reference { get; }
    public abstract string PaidMeanwhile { get; }
    public abstract string Questions(string contact, string email, string phone);
}
