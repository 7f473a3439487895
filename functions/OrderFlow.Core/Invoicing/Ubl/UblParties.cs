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
            TaxScheme(seller.VatId),
            Aggregate("PartyLegalEntity", Basic("RegistrationName", seller.Name)),
            Aggregate("Contact", Basic("Name", seller.ContactName), Basic("Telephone", seller.Phone), Basic("ElectronicMail", seller.Email))));

    /// <summary>
    /// The buyer's Peppol address and VAT identifier when they have them (consumers have neither, so their documents
    /// cannot travel over Peppol). Documents issued before the customer was kept on them name the customer by ID only.
    /// </summary>
    public static XElement Customer(Invoice document)
    {
        var customer = document.Customer;
        return Aggregate(
            "AccountingCustomerParty",
            Aggregate(
                "Party",
                customer?.ElectronicAddress is { } address ? new XElement(Cbc + "EndpointID", new XAttribute("schemeID", address.Scheme), address.Id) : null,
                Aggregate("PartyIdentification", Basic("ID", document.CustomerId)),
                Aggregate("PartyName", Basic("Name", customer?.Name ?? document.CustomerId)),
                customer is null ? null : Address(customer.Address),
                customer?.VatId is { } vatId ? TaxScheme(vatId) : null,
                Aggregate("PartyLegalEntity", Basic("RegistrationName", customer?.Name ?? document.CustomerId)),
                customer?.Email is { Length: > 0 } contact ? Aggregate("Contact", Basic("ElectronicMail", contact)) : null));
    }

    static XElement TaxScheme(string vatId) => Aggregate("PartyTaxScheme", Basic("CompanyID", vatId), Aggregate("TaxScheme", Basic("ID", "VAT")));

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
