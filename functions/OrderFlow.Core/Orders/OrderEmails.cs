using System.Globalization;
using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.Email;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The customer's emails about an order, in plain text that reads well in any mail client; those that carry a document
/// (invoice, credit note) are <see cref="DocumentEmails"/>.
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
        string Amount(Money money) => $"{money.ToDecimalString()} {money.Currency.Code}";
        var text = new StringBuilder($"Hello {priced.CustomerName},\n\n");
        var subject = notice == CustomerNotice.Confirmed ? $"Your order {order.ExternalId} is confirmed" : $"Your order {order.ExternalId} is on its way";
        switch (notice)
        {
            case CustomerNotice.Confirmed:
                text.Append("thank you for your order. We have reserved:\n\n");
                foreach (var line in priced.Lines)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {line.Quantity} × {line.Description} ({line.Sku})  {Amount(priced.InCurrency(line.NetMinor + line.TaxMinor))}\n");
                }
                text.Append(CultureInfo.InvariantCulture, $"\nTotal with tax and shipping: {Amount(priced.Gross)}\n");
                break;
            case CustomerNotice.Shipped:
                foreach (var shipment in order.Shipments)
                {
                    text.Append(CultureInfo.InvariantCulture, $"your parcel is with {shipment.Carrier}. Tracking number: {shipment.TrackingNumber}\n");
                }
                break;
        }
        text.Append("\nKind regards,\nOrderFlow\n");
        return new EmailMessage($"order/{order.OrderId}/{notice.ToString().ToLowerInvariant()}", priced.CustomerEmail, priced.CustomerName, subject, text.ToString());
    }
}
