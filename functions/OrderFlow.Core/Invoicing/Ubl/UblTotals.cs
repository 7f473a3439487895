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
    /// models delivery costs as charges (BG-21) that ChargeTotalAmount sums. Orders price shipping without VAT, so
    /// the charge is zero-rated (category Z, 0 %) and counted in the 0 % subtotal.
    /// </summary>
    public static XElement? ShippingCharge(Invoice document, Currency currency) => document.ShippingMinor == 0
        ? null
        : Aggregate(
            "AllowanceCharge",
            Basic("ChargeIndicator", "true"),
            Basic("AllowanceChargeReasonCode", FreightReasonCode),
            Basic("AllowanceChargeReason", "Shipping"),
            Amount("Amount", document.ShippingMinor, currency),
            TaxCategory("TaxCategory", 0m));

    /// <summary>One TaxSubtotal per rate: taxable amount (lines, plus shipping at 0 %) and the tax of its lines.</summary>
    public static XElement TaxTotal(Invoice document, Currency currency)
    {
        var perRate = document.Lines
            .GroupBy(l => l.TaxRate)
            .ToDictionary(g => g.Key, g => (Taxable: g.Sum(l => l.NetMinor), Tax: g.Sum(l => l.TaxMinor)));
        if (document.ShippingMinor != 0)
        {
            var zero = perRate.GetValueOrDefault(0m);
            perRate[0m] = (zero.Taxable + document.ShippingMinor, zero.Tax);
        }
        return Aggregate(
            "TaxTotal",
            Amount("TaxAmount", document.TaxMinor, currency),
            perRate.OrderByDescending(r => r.Key).Select(r => Aggregate(
                "TaxSubtotal",
                Amount("TaxableAmount", r.Value.Taxable, currency),
                Amount("TaxAmount", r.Value.Tax, currency),
                TaxCategory("TaxCategory", r.Key))));
    }

    /// <summary>
    /// Payments made by the time of issue (at checkout) are the prepaid amount (BT-113), leaving nothing payable;
    /// later payments are not part of the document, which never changes after issue.
    /// </summary>
    public static XElement MonetaryTotal(Invoice document, Currency currency)
    {
        var prepaid = document.Payments.Where(p => p.PaidAt <= document.IssuedAt).Sum(p => p.AmountMinor);
        return Aggregate(
            "LegalMonetaryTotal",
            Amount("LineExtensionAmount", document.NetMinor, currency),
            Amount("TaxExclusiveAmount", document.NetMinor + document.ShippingMinor, currency),
            Amount("TaxInclusiveAmount", document.GrossMinor, currency),
            document.ShippingMinor == 0 ? null : Amount("ChargeTotalAmount", document.ShippingMinor, currency),
            prepaid == 0 ? null : Amount("PrepaidAmount", prepaid, currency),
            Amount("PayableAmount", document.GrossMinor - prepaid, currency));
    }
}
