using System.Xml.Linq;
using static OrderFlow.Core.Invoicing.Ubl.Ubl;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>The seller (from configuration) and the customer (from the invoice) as Peppol BIS parties.</summary>
static class UblParties
{
    public static XElement Supplier(SellerOptions seller) => Aggregate(
        "AccountingSupplierParty",
        Aggregate(
            "Party",
            new XElement(Cbc + "EndpointID", new XAttribute("schemeID", seller.EndpointScheme), seller.EndpointId),
            Aggregate("PartyName", Basic("Name", seller.Name)),
            Address(new InvoiceAddress(seller.Street, seller.AdditionalStreet, seller.City, seller.PostalCode, null, seller.Country)),
            Aggregate("PartyTaxScheme", Basic("CompanyID", seller.VatId), Aggregate("TaxScheme", Basic("ID", "VAT"))),
            Aggregate("PartyLegalEntity", Basic("RegistrationName", seller.Name)),
            seller.Email is { Length: > 0 } email ? Aggregate("Contact", Basic("ElectronicMail", email)) : null));

    /// <summary>
    /// The buyer's electronic address is their e-mail (EAS scheme "EM"): retail customers have no Peppol ID. Documents
    /// issued before the customer was kept on them name the customer by ID only.
    /// </summary>
    public static XElement Customer(Invoice document)
    {
        var customer = document.Customer;
        return Aggregate(
            "AccountingCustomerParty",
            Aggregate(
                "Party",
                customer?.Email is { Length: > 0 } email ? new XElement(Cbc + "EndpointID", new XAttribute("schemeID", "EM"), email) : null,
                Aggregate("PartyIdentification", Basic("ID", document.CustomerId)),
                Aggregate("PartyName", Basic("Name", customer?.Name ?? document.CustomerId)),
                customer is null ? null : Address(customer.Address),
                Aggregate("PartyLegalEntity", Basic("RegistrationName", customer?.Name ?? document.CustomerId)),
                customer?.Email is { Length: > 0 } contact ? Aggregate("Contact", Basic("ElectronicMail", contact)) : null));
    }

    static XElement Address(InvoiceAddress address) => Aggregate(
        "PostalAddress",
        Optional("StreetName", address.Line1),
        Optional("AdditionalStreetName", address.Line2),
        Optional("CityName", address.City),
        Optional("PostalZone", address.PostalCode),
        Optional("CountrySubentity", address.Region),
        address.Country is { Length: > 0 } country ? Aggregate("Country", Basic("IdentificationCode", country)) : null);

    static XElement? Optional(string name, string? value) => string.IsNullOrWhiteSpace(value) ? null : Basic(name, value);
}
