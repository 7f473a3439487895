using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders;

public class DocumentEmailsTests
{
    static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compose_Invoiced_HtmlAndTextSayTheSameAndTheInvoiceIsAttached()
    {
        var order = OrderJourney.Received("o-mail-1", At).To(OrderStatus.Invoiced, At, OrderJourney.Priced("o-mail-1", paid: false));

        var email = OrderEmails.Compose(order, CustomerNotice.Invoiced);

        Assert.Equal(("order/o-mail-1/invoiced", "INV-2026-000001"), (email.DeduplicationKey, email.AttachFrom));
        Assert.Equal("Invoice INV-2026-000001 for your order o-mail-1", email.Subject);
        Assert.All(["INV-2026-000001", "28.70 EUR", "The due date and how to pay are on the invoice."], expected =>
        {
            Assert.Contains(expected, email.Text, StringComparison.Ordinal);
            Assert.Contains(expected, email.Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Compose_Credited_AttachesTheCreditNoteAndNamesTheInvoice()
    {
        var invoiced = OrderJourney.Received("o-mail-2", At).To(OrderStatus.Invoiced, At);
        var credited = invoiced.Credit(DocumentNumber.Parse("CN-2026-000003"), At.AddHours(1)).Order;

        var email = OrderEmails.Compose(credited, CustomerNotice.Credited);

        Assert.Equal(("order/o-mail-2/credited", "CN-2026-000003"), (email.DeduplicationKey, email.AttachFrom));
        Assert.Contains("credit note CN-2026-000003 cancels invoice INV-2026-000001", email.Text, StringComparison.Ordinal);
        Assert.Contains("28.70 EUR", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NameWithMarkup_EscapedInHtmlOnly()
    {
        var priced = OrderJourney.Priced("o-mail-3") with { CustomerName = "Ann <b>& Co</b>" };
        var order = OrderJourney.Received("o-mail-3", At).To(OrderStatus.Invoiced, At, priced);

        var email = OrderEmails.Compose(order, CustomerNotice.Invoiced);

        Assert.Contains("Hello Ann &lt;b&gt;&amp; Co&lt;/b&gt;,", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Hello Ann <b>& Co</b>,", email.Text, StringComparison.Ordinal);
    }
}
