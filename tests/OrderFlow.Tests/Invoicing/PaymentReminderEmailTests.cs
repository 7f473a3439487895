using OrderFlow.Core.Invoicing;
using static OrderFlow.Tests.Invoicing.Receivables;

namespace OrderFlow.Tests.Invoicing;

public class PaymentReminderEmailTests
{
    static readonly SellerOptions Seller = new()
    {
        Name = "OrderFlow Demo GmbH", Iban = "DE89370400440532013000", Bic = "COBADEFFXXX",
        ContactName = "Accounts receivable", Email = "billing@orderflow.local", Phone = "+49 30 1234567",
    };

    [Fact]
    public void Compose_PartlyPaidInvoice_OpenAmountDueDateAndTransferDetails()
    {
        var message = PaymentReminderEmail.Compose(Issued("2028-02-15").Paying(2000), ReminderLevel.Second, Seller);

        Assert.Equal(("invoice/INV-2026-000007/reminder-second", "ada@example.test", "Second reminder: invoice INV-2026-000007 is overdue"),
            (message.DeduplicationKey, message.To, message.Subject));
        Assert.Contains("was due on 29 February 2028", message.Text, StringComparison.Ordinal);
        Assert.Contains("  Open           44.50 EUR\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("  IBAN            DE89370400440532013000\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("  Reference       INV-2026-000007\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EachLevel_ItsOwnDeduplicationKeyAndSubject()
    {
        var messages = Enum.GetValues<ReminderLevel>().Select(level => PaymentReminderEmail.Compose(Issued("2026-06-01"), level, Seller)).ToList();

        Assert.Equal(3, messages.Select(m => m.DeduplicationKey).Distinct().Count());
        Assert.Equal(3, messages.Select(m => m.Subject).Distinct().Count());
    }

    [Fact]
    public void Compose_GermanCustomer_GermanWordsNumbersAndDates()
    {
        var invoice = Issued("2028-02-15").Paying(2000);
        invoice = invoice with { Customer = invoice.Customer! with { Language = Core.Common.Language.De } };

        var message = PaymentReminderEmail.Compose(invoice, ReminderLevel.Friendly, Seller);

        Assert.Equal("Zahlungserinnerung: Rechnung INV-2026-000007", message.Subject);
        Assert.Contains("war am 29. Februar 2028 fällig", message.Text, StringComparison.Ordinal);
        Assert.Contains("  Offen            44,50 EUR\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("  Verwendungszweck  INV-2026-000007\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Zahlungserinnerung", message.Html, StringComparison.Ordinal);
    }
}
