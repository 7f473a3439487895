using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Email.Wording;

public sealed partial class GermanWording : CustomerWording
{
    public static readonly GermanWording Instance = new();

    public override Language Language => Language.De;
    protected override string DateFormat => "d. MMMM yyyy";

    public override string Hello(string name) => $"Hallo {name},";
    public override string Regards(string sender) => $"Mit freundlichen Grüßen\n{sender}";
    public override string LineItem(int quantity, string description, string sku) => $"{quantity} × {description} ({sku})";

    public override string ConfirmedSubject(string order) => $"Ihre Bestellung {order} ist bestätigt";
    public override string ConfirmedIntro => "vielen Dank für Ihre Bestellung. Wir haben für Sie reserviert:";
    public override string TotalWithTaxAndShipping => "Gesamt inkl. MwSt. und Versand";
    public override string ShippedSubject(string order) => $"Ihre Bestellung {order} ist unterwegs";
    public override string ParcelWith(string carrier, string trackingNumber) => $"Ihr Paket ist bei {carrier}. Sendungsnummer: {trackingNumber}";
    public override string BackorderedSubject(string order) => $"Ihre Bestellung {order} wartet auf Ware";
    public override string BackorderedIntro(string order) => $"vielen Dank für Ihre Bestellung {order}. Diese Artikel sind gerade nicht vorrätig:";
    public override string BackorderedPromise =>
        "Wir versenden Ihre Bestellung, sobald die Ware eingetroffen ist, und schreiben Ihnen, wenn sie bestätigt ist. Sie müssen nichts tun.";
    public override string CancelledSubject(string order) => $"Ihre Bestellung {order} ist storniert";
    public override string CancelledIntro(string order) => $"wir haben Ihre Bestellung {order} storniert. Es wird nichts versandt.";
    public override string CancelReason(string reason) => $"Grund: {reason}";
    public override string CancelledForLackOfStock => "Wir konnten die Artikel nicht rechtzeitig beschaffen.";
    public override string CancelledMoneyBack =>
        "Was Sie für die Bestellung bezahlt haben, erstatten wir Ihnen; eine bereits versandte Rechnung heben wir mit einer Gutschrift auf.";
    public override string RejectedSubject(string order) => $"Wir konnten Ihre Bestellung {order} nicht annehmen";
    public override string RejectedIntro(string order) => $"es tut uns leid: Wir konnten Ihre Bestellung {order} nicht annehmen, es wird nichts versandt.";
    public override string RejectedMoneyBack => "Was Sie dafür bezahlt haben, erstatten wir Ihnen. Bei Fragen antworten Sie einfach auf diese E-Mail.";

    public override string InvoiceSubject(string number, string order) => $"Rechnung {number} zu Ihrer Bestellung {order}";
    public override string InvoiceIntro(string number, string order) => $"anbei erhalten Sie die Rechnung {number} zu Ihrer Bestellung {order}.";
    public override string Net => "Netto";
    public override string Tax => "MwSt.";
    public override string Shipping => "Versand";
    public override string Total => "Gesamt";
    public override string PaidAtCheckout => "Sie haben bereits beim Kauf bezahlt: Es ist nichts mehr fällig.";
    public override string DueDateOnInvoice => "Fälligkeit und Zahlungsweg finden Sie auf der Rechnung.";
    public override string InvoiceAttached => "Die Rechnung liegt als PDF bei und als E-Rechnung (UBL-XML) für Ihre Buchhaltung.";
    public override string CreditSubject(string number, string order) => $"Gutschrift {number} zu Ihrer Bestellung {order}";
    public override string CreditIntro(string number, string invoice, string order) =>
        $"die Gutschrift {number} storniert die Rechnung {invoice} zu Ihrer Bestellung {order} vollständig.";
    public override string TotalCredited => "Gutgeschrieben";
    public override string CreditAttached => "Die Gutschrift liegt als PDF bei und als E-Rechnung (UBL-XML) für Ihre Buchhaltung.";

    public override string ReminderSubject(ReminderLevel level, string invoice) => level switch
    {
        ReminderLevel.Friendly => $"Zahlungserinnerung: Rechnung {invoice}",
        ReminderLevel.Second => $"Zweite Mahnung: Rechnung {invoice} ist überfällig",
        _ => $"Letzte Mahnung: Rechnung {invoice} ist überfällig",
    };
    public override string ReminderIntro(ReminderLevel level, string invoice, string issued, string due) => level switch
    {
        ReminderLevel.Friendly => $"eine freundliche Erinnerung: Die Rechnung {invoice} vom {issued} war am {due} fällig, und wir haben Ihre "
            + "Zahlung noch nicht erhalten. Vielleicht ist sie untergegangen.",
        ReminderLevel.Second => $"die Rechnung {invoice} vom {issued} war am {due} fällig und ist trotz unserer Erinnerung noch offen. "
            + "Bitte zahlen Sie den offenen Betrag jetzt.",
        _ => $"dies ist unsere letzte Mahnung: Die Rechnung {invoice} vom {issued} war am {due} fällig und ist noch offen. Bitte zahlen Sie "
            + "den offenen Betrag jetzt oder sagen Sie uns sofort, falls an der Rechnung etwas nicht stimmt.",
    };
    public override string InvoiceTotal => "Rechnungsbetrag";
    public override string Paid => "Bezahlt";
    public override string Open => "Offen";
    public override string TransferTo => "Bitte überweisen Sie den offenen Betrag an:";
    public override string AccountHolder => "Kontoinhaber";
    public override string Reference => "Verwendungszweck";
    public override string PaidMeanwhile => "Falls Sie inzwischen bezahlt haben, betrachten Sie diese E-Mail bitte als gegenstandslos.";
    public override string Questions(string contact, string email, string phone) => $"Fragen zur Rechnung: {contact}, {email}, {phone}";
}
