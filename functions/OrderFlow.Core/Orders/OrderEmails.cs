using OrderFlow.Core.Common;
using OrderFlow.Core.Email;
using OrderFlow.Core.Email.Wording;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The customer's emails about a priced order, in their language, each HTML with a plain-text alternative. Those that
/// carry a document are <see cref="DocumentEmails"/>; backorders, cancellations and rejections are <see cref="OutcomeEmails"/>.
/// </summary>
public static class OrderEmails
{
    public static EmailMessage Compose(OrderRecord order, CustomerNotice notice)
    {
        if (notice is CustomerNotice.Invoiced or CustomerNotice.Credited)
        {
            return DocumentEmails.Compose(order, notice);
        }
        var priced = order.Priced!;
        var words = WordingFor(priced);
        var content = new EmailContent().Paragraph(words.Hello(priced.CustomerName));
        string subject;
        if (notice == CustomerNotice.Confirmed)
        {
            subject = words.ConfirmedSubject(Reference(order));
            content.Paragraph(words.ConfirmedIntro).Amounts(
            [
                .. priced.Lines.Select(l => (words.LineItem(l.Quantity, l.Description, l.Sku.Value), words.Amount(priced.InCurrency(l.NetMinor + l.TaxMinor)))),
                (words.TotalWithTaxAndShipping, words.Amount(priced.Gross)),
            ]);
        }
        else
        {
            subject = words.ShippedSubject(Reference(order));
            foreach (var shipment in order.Shipments)
            {
                content.Paragraph(words.ParcelWith(shipment.Carrier, shipment.TrackingNumber));
            }
        }
        return Message(order, notice, priced, words, subject, content);
    }

    /// <summary>The customer's language as it was when the order was priced; English for orders priced before it was kept.</summary>
    public static CustomerWording WordingFor(PricedOrder priced) => CustomerWording.For(priced.Buyer?.Language ?? Language.En);

    /// <summary>The order as its customer knows it: the shop's order name ("#1001") when it sent one, else its external ID.</summary>
    public static string Reference(OrderRecord order) => order.Priced?.OrderName ?? order.ExternalId;

    /// <summary>One email per order and notice: the key the outbox sends it once by.</summary>
    public static string Key(OrderId orderId, CustomerNotice notice) => $"order/{orderId}/{notice.ToString().ToLowerInvariant()}";

    /// <summary>Signs the content off and makes it the email to the order's customer.</summary>
    public static EmailMessage Message(
        OrderRecord order, CustomerNotice notice, PricedOrder priced, CustomerWording words, string subject, EmailContent content, string? attachFrom = null)
    {
        content.Paragraph(words.Regards("OrderFlow"));
        return new EmailMessage(Key(order.OrderId, notice), priced.CustomerEmail, priced.CustomerName, subject, content.ToText(), Html: content.ToHtml(subject), AttachFrom: attachFrom);
    }
}
