using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// The payment reminder a customer gets, in plain text like the order emails: the invoice, what is still open and how
/// to pay it. One email per invoice and level (its deduplication key), however often a run queues it.
/// </summary>
public static class PaymentReminderEmail
{
    public static EmailMessage Compose(Invoice invoice, ReminderLevel level, SellerOptions seller)
    {
        var customer = invoice.Customer ?? throw new ArgumentException($"Invoice {invoice.Number} names no customer to remind.", nameof(invoice));
        var currency = Currency.Parse(invoice.Currency);
        string Amount(long minor) => $"{new Money(minor, currency).ToDecimalString()} {currency.Code}";
        var issued = Date(DateOnly.FromDateTime(invoice.IssuedAt.UtcDateTime));
        var due = Date(invoice.PayableBy);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Hello {customer.Name},\n\n")
            .Append(level switch
            {
                ReminderLevel.Friendly => $"a friendly reminder: invoice {invoice.Number} of {issued} was due on {due}, and we have not received "
                    + "your payment yet. Perhaps it slipped through.\n\n",
                ReminderLevel.Second => $"invoice {invoice.Number} of {issued} was due on {due} and is still unpaid, although we reminded you "
                    + "of it. Please pay the open amount now.\n\n",
                _ => $"this is our final reminder: invoice {invoice.Number} of {issued} was due on {due} and is still unpaid. Please pay the "
                    + "open amount now, or tell us at once if anything about the invoice is wrong.\n\n",
            })
            .Append(CultureInfo.InvariantCulture, $"  Invoice total  {Amount(invoice.GrossMinor)}\n")
            .Append(CultureInfo.InvariantCulture, $"  Paid           {Amount(invoice.PaidMinor)}\n")
            .Append(CultureInfo.InvariantCulture, $"  Open           {Amount(invoice.OpenMinor)}\n\n")
            .Append("Please transfer the open amount to:\n\n")
            .Append(CultureInfo.InvariantCulture, $"  Account holder  {seller.Name}\n  IBAN            {seller.Iban}\n")
            .Append(string.IsNullOrEmpty(seller.Bic) ? "" : $"  BIC             {seller.Bic}\n")
            .Append(CultureInfo.InvariantCulture, $"  Reference       {invoice.Number}\n\n")
            .Append("If you have paid in the meantime, please disregard this email.\n")
            .Append(CultureInfo.InvariantCulture, $"Questions about the invoice: {seller.ContactName}, {seller.Email}, {seller.Phone}\n")
            .Append(CultureInfo.InvariantCulture, $"\nKind regards,\n{seller.Name}\n");
        var subject = level switch
        {
            ReminderLevel.Friendly => $"Payment reminder: invoice {invoice.Number}",
            ReminderLevel.Second => $"Second reminder: invoice {invoice.Number} is overdue",
            _ => $"Final reminder: invoice {invoice.Number} is overdue",
        };
        return new EmailMessage(
            $"invoice/{invoice.Number}/reminder-{level.ToString().ToLowerInvariant()}", customer.Email!, customer.Name, subject, text.ToString());
    }

    static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
