using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Customers;

public sealed record Customer(CustomerId Id, string Name, string Email, MoneyDto? CreditLimit, PostalAddress? ShippingAddress)
{
    /// <summary>A business customer's VAT identifier (with its country prefix), named on their invoices.</summary>
    public string? VatId { get; init; }

    /// <summary>Where their e-invoices go over Peppol; consumers have none.</summary>
    public ElectronicAddress? ElectronicAddress { get; init; }

    /// <summary>The language we write to them in; English unless set or a shop's locale said otherwise.</summary>
    public Language Language { get; init; }

    /// <summary>Terms agreed with this customer; without them the seller's default terms apply.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>Who last saved the customer through the API (their credit limit among it); none for one an order created.</summary>
    public Actor? UpdatedBy { get; init; }
}
