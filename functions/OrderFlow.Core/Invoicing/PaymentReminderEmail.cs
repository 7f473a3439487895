using OrderFlow.Core.Common;
using OrderFlow.Core.Email;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The payment reminder a customer gets, in their language, HTML with a plain-text alternative: the invoice, what is
/// still open and how to pay it. One email per invoice and level (its deduplication key), however often a run queues it.
/// </summary>
public static class PaymentReminderEmail
{
    public static EmailMessage Compose(Invoice invoice, ReminderLevel level, SellerOptions seller)
    {
        var customer = invoice.Customer ?? throw new ArgumentException($"Invoice {invoice.Number} names no customer to remind.", nameof(invoice));
        var words = CustomerWording.For(customer.Language);
        var currency = Currency.Parse(invoice.Currency);
        string Amount(long minor) => words.Amount(new Money(minor, currency));
        var issued = words.Date(DateOnly.FromDateTime(invoice.IssuedAt.UtcDateTime));
        var subject = words.ReminderSubject(level, invoice.Number.Value);
        var content = new EmailContent()
            .Paragraph(words.Hello(customer.Name))
            .Paragraph(words.ReminderIntro(level, invoice.Number.Value, issued, words.Date(invoice.PayableBy)))
            .Amounts([(words.InvoiceTotal, Amount(invoice.GrossMinor)), (words.Paid, Amount(invoice.PaidMinor)), (words.Open, Amount(invoice.OpenMinor))])
            .Paragraph(words.TransferTo)
            .Amounts(TransferDetails(invoice, seller, words))
            .Paragraph(words.PaidMeanwhile + "\n" + words.Questions(seller.ContactName, seller.Email, seller.Phone))
            .Paragraph(words.Regards(seller.Name));
        return new EmailMessage(
            $"invoice/{invoice.Number}/reminder-{level.ToString().ToLowerInvariant()}", customer.Email!, customer.Name, subject, content.ToText(),
            Html: content.ToHtml(subject));
    }

    static List<(string, string)> TransferDetails(Invoice invoice, SellerOptions seller, CustomerWording words)
    {
        List<(string, string)> rows = [(words.AccountHolder, seller.Name), ("IBAN", seller.Iban)];
        if (!string.IsNullOrEmpty(seller.Bic))
        {
            rows.Add(("BIC", seller.Bic));
        }
        rows.Add((words.Reference, invoice.Number.Value));
        return rows;
    }
}
