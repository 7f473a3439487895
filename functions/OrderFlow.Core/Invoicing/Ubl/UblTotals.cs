using System.Xml.Linq;
using OrderFlow.Core.Common;
using static OrderFlow.Core.Invoicing.Ubl.Ubl;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>
/// Shipping, VAT and the monetary totals of a document. They are the document's own stored figures, so the XML
/// totals equal the JSON ones to the cent: line tax is what the order priced (rounded per line), summed per rate.
/// </summary>
static class UblTotals
{
    /// <summary>UNCL7161 "FC": freight service.</summary>
    const string FreightReasonCode = "FC";

    /// <summary>
    /// Shipping is a document-level charge, not a line: it is no item with a SKU, quantity and unit price, and EN 16931
    /// models delivery costs as charges (BG-21) that ChargeTotalAmount sums. The charge is taxed like the goods it
    /// ships, so there is one charge per VAT rate, each with its own category, counted in that rate's subtotal.
    /// </summary>
    public static IEnumerable<XElement> ShippingCharges(Invoice document, Currency currency) => document.ShippingParts.Select(part => Aggregate(
        "AllowanceCharge",
        Basic("ChargeIndicator", "true"),
        Basic("AllowanceChargeReasonCode", FreightReasonCode),
        Basic("AllowanceChargeReason", "Shipping"),
        Amount("Amount", part.NetMinor, currency),
        TaxCategory("TaxCategory", part.TaxRate)));

    /// <summary>One TaxSubtotal per rate: taxable amount and tax of its lines and of its part of the shipping.</summary>
    public static XElement TaxTotal(Invoice document, Currency currency) => Aggregate(
        "TaxTotal",
        Amount("TaxAmount", document.TaxMinor, currency),
        document.TaxPerRate.Select(r => Aggregate(
            "TaxSubtotal",
            Amount("TaxableAmount", r.NetMinor, currency),
            Amount("TaxAmount", r.TaxMinor, currency),
            TaxCategory("TaxCategory", r.TaxRate))));

    /// <summary>The amount prepaid at checkout (BT-113), when any, leaves that much less payable.</summary>
    public static XElement MonetaryTotal(Invoice document, Currency currency) => Aggregate(
        "LegalMonetaryTotal",
        Amount("LineExtensionAmount", document.NetMinor, currency),
        Amount("TaxExclusiveAmount", document.NetMinor + document.ShippingMinor, currency),
        Amount("TaxInclusiveAmount", document.GrossMinor, currency),
        document.ShippingMinor == 0 ? null : Amount("ChargeTotalAmount", document.ShippingMinor, currency),
        document.PrepaidMinor == 0 ? null : Amount("PrepaidAmount", document.PrepaidMinor, currency),
        Amount("PayableAmount", document.PayableMinor, currency));
}
