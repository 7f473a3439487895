using OrderFlow.Core.Email;
using OrderFlow.Core.Email.Wording;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The customer's emails that carry a document: the invoice, and the credit note that cancels it. Each is HTML with a
/// plain-text alternative and has the document attached as PDF and as UBL e-invoice, made when the email is sent.
/// </summary>
public static class DocumentEmails
{
    public static EmailMessage Compose(OrderRecord order, CustomerNotice notice)
    {
        var priced = order.Priced!;
        var words = OrderEmails.WordingFor(priced);
        var content = new EmailContent().Paragraph(words.Hello(priced.CustomerName));
        var (number, subject) = notice == CustomerNotice.Credited ? Credit(order, priced, words, content) : Invoice(order, priced, words, content);
        return OrderEmails.Message(order, notice, priced, words, subject, content, attachFrom: number);
    }

    static (string Number, string Subject) Invoice(OrderRecord order, PricedOrder priced, CustomerWording words, EmailContent content)
    {
        var number = order.InvoiceNumber!.Value.Value;
        content.Paragraph(words.InvoiceIntro(number, OrderEmails.Reference(order)))
            .Amounts(
            [
                (words.Net, words.Amount(priced.Net)),
                (words.Tax, words.Amount(priced.Tax)),
                (words.Shipping, words.Amount(priced.Shipping)),
                (words.Total, words.Amount(priced.Gross)),
            ])
            .Paragraph(priced.Paid ? words.PaidAtCheckout : words.DueDateOnInvoice)
            .Paragraph(words.InvoiceAttached);
        return (number, words.InvoiceSubject(number, OrderEmails.Reference(order)));
    }

    static (string Number, string Subject) Credit(OrderRecord order, PricedOrder priced, CustomerWording words, EmailContent content)
    {
        var number = order.CreditNoteNumber!.Value.Value;
        content.Paragraph(words.CreditIntro(number, order.InvoiceNumber?.Value ?? "", OrderEmails.Reference(order)))
            .Amounts([(words.TotalCredited, words.Amount(priced.Gross))])
            .Paragraph(words.CreditAttached);
        return (number, words.CreditSubject(number, OrderEmails.Reference(order)));
    }
}
