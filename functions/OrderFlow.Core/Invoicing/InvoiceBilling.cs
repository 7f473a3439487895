using Microsoft.Extensions.Options;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// Completes a draft as it is issued: the customer's own payment terms, else the seller's; the buyer's reference,
/// which is the order's external ID (the customer's PO number, or the shop's order), else the order ID; and the
/// customer's VAT identifier and electronic address as they are at issue.
/// </summary>
public sealed class InvoiceBilling(CustomerDirectory customers, OrderBook orders, IOptions<SellerOptions> seller)
{
    public async Task<Invoice> BillAsync(Invoice draft, CancellationToken cancellationToken)
    {
        var customer = customers.FindAsync(draft.CustomerId, cancellationToken);
        var order = orders.FindAsync(draft.OrderId, cancellationToken);
        var (buyer, record) = (await customer, await order);
        return draft.Billed(new BillingDetails(
            buyer?.PaymentTerms ?? seller.Value.DefaultTerms, record?.ExternalId ?? draft.OrderId, buyer?.VatId, buyer?.ElectronicAddress));
    }
}
