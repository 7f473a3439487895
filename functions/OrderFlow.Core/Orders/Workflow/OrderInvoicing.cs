using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Issues an order's invoice (the next gap-free number), records it on the order and emails it. The Invoice
/// activity runs it when invoicing on confirmation; with invoicing on shipment, the last parcel's step runs it.
/// </summary>
public sealed class OrderInvoicing(InvoiceLedger invoices, InvoiceBilling billing, OrderBook orders, CustomerNotices notices, TimeProvider time)
{
    /// <summary>The reference of the payment taken at checkout, recorded on the invoice when it is issued.</summary>
    public const string CheckoutPaymentReference = "checkout";

    public async Task<string> IssueAsync(InvoiceRequest request)
    {
        var number = await TakeNumberAsync(request.Order);
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(request.Order.OrderId, r => r.Invoice(number, now));
        await notices.QueueAsync(record, CustomerNotice.Invoiced);
        return number.Value;
    }

    /// <summary>
    /// Issues the order's invoice in the ledger (or finds the one it has) without recording it on the order, for a
    /// step that records it with a change of its own.
    /// </summary>
    public async Task<DocumentNumber> TakeNumberAsync(PricedOrder order)
    {
        // Dated by this attempt, which takes the number: a retry that runs late takes a later number than invoices
        // issued meanwhile, so it must not carry the earlier time its step was scheduled at.
        var issuedAt = time.GetUtcNow();
        var invoice = await invoices.IssueAsync(number => Draft(number, order, issuedAt), order.OrderId, issuedAt, CancellationToken.None);
        return invoice.Number;
    }

    /// <summary>The invoice for the priced order, billed to the customer at the order's address; paid at checkout in full.</summary>
    Invoice Draft(DocumentNumber number, PricedOrder order, DateTimeOffset issuedAt)
    {
        var address = order.ShippingAddress;
        var invoice = new Invoice(
            number,
            order.OrderId,
            order.CustomerId.Value,
            issuedAt,
            order.Currency.Code,
            InvoiceStatus.Issued,
            [.. order.Lines.Select(l => new InvoiceLine(l.Sku.Value, l.Description, l.Quantity, l.UnitPriceMinor, l.TaxRate, l.NetMinor, l.TaxMinor) { DiscountMinor = l.DiscountMinor })],
            order.ShippingMinor)
        {
            ShippingTaxes = order.ShippingTaxes,
            Customer = new InvoiceCustomer(
                order.CustomerName,
                order.CustomerEmail,
                new InvoiceAddress(address.Line1, address.Line2, address.City, address.PostalCode, address.Region, address.Country))
            {
                Language = order.Buyer?.Language ?? Common.Language.En,
            },
        };
        invoice = invoice.Billed(billing.For(order));
        return order.Paid
            ? invoice.WithPayment(new InvoicePayment(CheckoutPaymentReference, invoice.GrossMinor, order.Currency.Code, issuedAt))
            : invoice;
    }
}
