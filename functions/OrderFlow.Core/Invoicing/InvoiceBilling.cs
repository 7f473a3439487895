using Microsoft.Extensions.Options;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Invoicing;

/// <summary>
/// How an order's invoice is billed: the customer's own payment terms, else the seller's; the buyer's reference,
/// which is the order's external ID (the customer's PO number, or the shop's order), else the order ID; and the
/// customer's VAT identifier and electronic address. All of it as the order was priced (<see cref="PricedOrder.Buyer"/>),
/// so issuing reads no customer or order.
/// </summary>
public sealed class InvoiceBilling(IOptions<SellerOptions> seller)
{
    public BillingDetails For(PricedOrder order) => For(order.Buyer, order.CustomerReference);

    /// <summary>Billing for <paramref name="buyer"/> as known (null: not known, so the seller's terms and no IDs).</summary>
    public BillingDetails For(Customer? buyer, string buyerReference) =>
        new(buyer?.PaymentTerms ?? seller.Value.DefaultTerms, buyerReference, buyer?.VatId, buyer?.ElectronicAddress);
}
