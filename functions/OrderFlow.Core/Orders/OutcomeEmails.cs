using OrderFlow.Core.Common;
using OrderFlow.Core.Email;
using OrderFlow.Core.Email.Wording;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The customer's emails about an order that did not go straight through: waiting for stock, cancelled, or not
/// accepted. They say what the customer needs to know and nothing of our internal reasons.
/// </summary>
public static class OutcomeEmails
{
    /// <summary>The lines waiting for stock, and that the order ships when it arrives.</summary>
    public static EmailMessage Backordered(OrderRecord order, IReadOnlyCollection<Sku> shortSkus)
    {
        var priced = order.Priced!;
        var words = OrderEmails.WordingFor(priced);
        var waiting = priced.Lines.Where(l => shortSkus.Contains(l.Sku)).Select(l => words.LineItem(l.Quantity, l.Description, l.Sku.Value));
        var content = new EmailContent()
            .Paragraph(words.Hello(priced.CustomerName))
            .Paragraph(words.BackorderedIntro(OrderEmails.Reference(order)))
            .Paragraph(string.Join("\n", waiting))
            .Paragraph(words.BackorderedPromise);
        return OrderEmails.Message(order, CustomerNotice.Backordered, priced, words, words.BackorderedSubject(OrderEmails.Reference(order)), content);
    }

    /// <summary>Cancelled, with the reason meant for the customer: the requester's words, or that stock did not come in time.</summary>
    public static EmailMessage Cancelled(OrderRecord order, CancelNotice notice)
    {
        var priced = order.Priced!;
        var words = OrderEmails.WordingFor(priced);
        var content = new EmailContent()
            .Paragraph(words.Hello(priced.CustomerName))
            .Paragraph(words.CancelledIntro(OrderEmails.Reference(order)));
        if (notice.OutOfStock)
        {
            content.Paragraph(words.CancelledForLackOfStock);
        }
        else if (notice.Reason is { } reason)
        {
            content.Paragraph(words.CancelReason(reason));
        }
        content.Paragraph(words.CancelledMoneyBack);
        return OrderEmails.Message(order, CustomerNotice.Cancelled, priced, words, words.CancelledSubject(OrderEmails.Reference(order)), content);
    }

    /// <summary>
    /// A shop order we could not accept, to the customer as priced or, when it was rejected before it could be priced,
    /// as the shop sent them (<paramref name="sent"/>); the reasons stay in the order's timeline.
    /// </summary>
    public static EmailMessage Rejected(OrderRecord order, CanonicalOrder? sent)
    {
        var (name, email, language) = order.Priced is { } priced
            ? (priced.CustomerName, priced.CustomerEmail, priced.Buyer?.Language ?? Language.En)
            : (sent!.Customer!.Name!.Trim(), sent.Customer.Email!.Trim(), Languages.TryParse(sent.Customer.Language, out var given) ? given : Language.En);
        var reference = sent?.OrderName ?? OrderEmails.Reference(order);
        var words = CustomerWording.For(language);
        var subject = words.RejectedSubject(reference);
        var content = new EmailContent()
            .Paragraph(words.Hello(name))
            .Paragraph(words.RejectedIntro(reference))
            .Paragraph(words.RejectedMoneyBack)
            .Paragraph(words.Regards("OrderFlow"));
        return new EmailMessage(OrderEmails.Key(order.OrderId, CustomerNotice.Rejected), email, name, subject, content.ToText(), Html: content.ToHtml(subject));
    }
}
