using OrderFlow.Core.Common;
using OrderFlow.Core.Email;
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
        var (number, subject, content) = notice == CustomerNotice.Credited ? Credit(order, priced) : Invoice(order, priced);
        content.Paragraph("Kind regards,\nOrderFlow");
        return new EmailMessage(
            $"order/{order.OrderId}/{notice.ToString().ToLowerInvariant()}", priced.CustomerEmail, priced.CustomerName, subject, content.ToText(),
            Html: content.ToHtml(subject), AttachFrom: number);
    }

    static (string Number, string Subject, EmailContent Content) Invoice(OrderRecord order, PricedOrder priced)
    {
        var number = order.InvoiceNumber!.Value.Value;
        var content = new EmailContent()
            .Paragraph($"Hello {priced.CustomerName},")
            .Paragraph($"here is invoice {number} for your order {order.ExternalId}.")
            .Amounts(
            [
                ("Net", priced.Net.ToDisplayString()),
                ("Tax", priced.Tax.ToDisplayString()),
                ("Shipping", priced.Shipping.ToDisplayString()),
                ("Total", priced.Gross.ToDisplayString()),
            ])
            .Paragraph(priced.Paid
                ? "You paid at checkout: nothing is due."
                : "The due date and how to pay are on the invoice.")
            .Paragraph("The invoice is attached as a PDF, and as an e-invoice (UBL XML) for your accounting system.");
        return (number, $"Invoice {number} for your order {order.ExternalId}", content);
    }

    static (string Number, string Subject, EmailContent Content) Credit(OrderRecord order, PricedOrder priced)
    {
        var number = order.CreditNoteNumber!.Value.Value;
        var content = new EmailContent()
            .Paragraph($"Hello {priced.CustomerName},")
            .Paragraph($"credit note {number} cancels invoice {order.InvoiceNumber?.Value} for your order {order.ExternalId} in full.")
            .Amounts([("Total credited", priced.Gross.ToDisplayString())])
            .Paragraph("The credit note is attached as a PDF, and as an e-invoice (UBL XML) for your accounting system.");
        return (number, $"Credit note {number} for your order {order.ExternalId}", content);
    }
}
