using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Issues an order's invoice (the next gap-free number), records it on the order and emails it. The Invoice
/// activity runs it when invoicing on confirmation; with invoicing on shipment, the last parcel's step runs it.
/// </summary>
public sealed class OrderInvoicing(InvoiceLedger invoices, OrderBook orders, CustomerNotices notices, TimeProvider time)
{
    /// <summary>The reference of the payment taken at checkout, recorded on the invoice when it is issued.</summary>
    public const string CheckoutPaymentReference = "checkout";

    public async Task<string> IssueAsync(InvoiceRequest request)
    {
        var order = request.Order;
        // Dated by this attempt, which takes the number: a retry that runs late takes a later number than invoices
        // issued meanwhile, so it must not carry the earlier time its step was scheduled at.
        var issuedAt = time.GetUtcNow();
        var invoice = await invoices.IssueAsync(number => Draft(number, order, issuedAt), order.OrderId.Value, issuedAt, CancellationToken.None);
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(order.OrderId.Value, r => r.Invoice(DocumentNumber.Parse(invoice.Number), now));
        await notices.QueueAsync(record, CustomerNotice.Invoiced);
        return invoice.Number;
    }

    /// <summary>The invoice for the priced order, billed to the customer at the order's address; paid at checkout in full.</summary>
    static Invoice Draft(string number, PricedOrder order, DateTimeOffset issuedAt)
    {
        var address = order.ShippingAddress;
        var invoice = new Invoice(
            number,
            order.OrderId.Value,
            order.CustomerId.Value,
            issuedAt,
            order.Currency.Code,
            InvoiceStatus.Issued,
            [.. order.Lines.Select(l => new InvoiceLine(l.Sku, l.Description, l.Quantity, l.UnitPriceMinor, l.TaxRate, l.NetMinor, l.TaxMinor) { DiscountMinor = l.DiscountMinor })],
            order.ShippingMinor)
        {
            ShippingTaxes = order.ShippingTaxes,
            Customer = new InvoiceCustomer(
                order.CustomerName,
                order.CustomerEmail,
                new InvoiceAddress(address.Line1, address.Line2, address.City, address.PostalCode, address.Region, address.Country)),
        };
        return order.Paid
            ? invoice.WithPayment(new InvoicePayment(CheckoutPaymentReference, invoice.GrossMinor, order.Currency.Code, issuedAt))
            : invoice;
    }
}
