using System.Xml.Linq;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// A valid German invoice with one thing taken away or made wrong, each the cause of a rule demo invoices failed
/// before: the rule must then fail, or the check proves nothing.
/// </summary>
static class PlantedDefects
{
    static readonly XNamespace Cbc = UblDocumentTests.Cbc;
    static readonly XNamespace Cac = UblDocumentTests.Cac;

    /// <summary>Defect name → (the change, the rule it must break).</summary>
    public static readonly IReadOnlyDictionary<string, (Func<XDocument, XDocument> Plant, string Rule)> Cases = new Dictionary<string, (Func<XDocument, XDocument>, string)>
    {
        ["no-due-date-or-terms"] = (d => Without(d, Cbc + "DueDate", Cac + "PaymentTerms"), "BR-CO-25"),
        ["no-payment-means"] = (d => Without(d, Cac + "PaymentMeans"), "DE-R-001"),
        ["no-buyer-reference"] = (d => Without(d, Cbc + "BuyerReference"), "DE-R-015"),
        ["no-seller-contact-name"] = (d => WithoutSellerContact(d, Cbc + "Name"), "DE-R-005"),
        ["no-seller-phone"] = (d => WithoutSellerContact(d, Cbc + "Telephone"), "DE-R-006"),
        ["buyer-email-scheme"] = (d => EmailScheme(d, "AccountingCustomerParty", "einkauf@einstein.example"), "PEPPOL-EN16931-CL008"),
        ["seller-email-scheme"] = (d => EmailScheme(d, "AccountingSupplierParty", "billing@orderflow.local"), "PEPPOL-EN16931-CL008"),
    };

    public static IEnumerable<(string Name, Func<XDocument, XDocument> Plant)> All => Cases.Select(c => (c.Key, c.Value.Plant));

    static XDocument Without(XDocument document, params XName[] elements)
    {
        document.Root!.Elements().Where(e => elements.Contains(e.Name)).Remove();
        return document;
    }

    static XDocument WithoutSellerContact(XDocument document, XName detail)
    {
        document.Root!.Element(Cac + "AccountingSupplierParty")!.Descendants(Cac + "Contact").Elements(detail).Remove();
        return document;
    }

    /// <summary>The party's Peppol address under the retired e-mail scheme, as the buyer's and the seller's default once were.</summary>
    static XDocument EmailScheme(XDocument document, string party, string email)
    {
        var endpoint = document.Root!.Element(Cac + party)!.Descendants(Cbc + "EndpointID").Single();
        endpoint.SetAttributeValue("schemeID", "EM");
        endpoint.Value = email;
        return document;
    }
}
