using System.Xml.Linq;
using OrderFlow.Core.Email.Wording;
using static OrderFlow.Core.Invoicing.Ubl.Ubl;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>How and when to pay: the seller's SEPA account (BG-16, BG-17) and the document's terms (BT-20).</summary>
static class UblPayment
{
    /// <summary>UNCL4461 "58": SEPA credit transfer.</summary>
    const string SepaCreditTransfer = "58";

    /// <summary>The remittance information (BT-83) is the document's number, so a payment finds its invoice.</summary>
    public static XElement Means(Invoice document, SellerOptions seller) => Aggregate(
        "PaymentMeans",
        new XElement(Cbc + "PaymentMeansCode", new XAttribute("name", "SEPA credit transfer"), SepaCreditTransfer),
        Basic("PaymentID", document.Number.Value),
        Aggregate(
            "PayeeFinancialAccount",
            Basic("ID", seller.Iban),
            Basic("Name", seller.Name),
            seller.Bic is { Length: > 0 } bic ? Aggregate("FinancialInstitutionBranch", Basic("ID", bic)) : null));

    /// <summary>
    /// Free text for the buyer's people, so in the customer's language as on the PDF (the due date beside it is the
    /// machine-readable part). Documents issued before terms were kept state none.
    /// </summary>
    public static XElement? Terms(Invoice document) =>
        document.Terms is { } terms ? Aggregate("PaymentTerms", Basic("Note", CustomerWording.For(document.Language).Terms(terms))) : null;
}
