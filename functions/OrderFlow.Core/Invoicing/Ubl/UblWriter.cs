using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using static OrderFlow.Core.Invoicing.Ubl.Ubl;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>
/// An invoice as a UBL 2.1 Invoice (type 380), a credit note as a UBL 2.1 CreditNote (type 381) referencing its
/// invoice, both following the Peppol BIS Billing 3.0 core. Elements are written in the order the UBL schemas require.
/// </summary>
public sealed class UblWriter(IOptions<SellerOptions> seller)
{
    /// <summary>H87: piece (UN/ECE Recommendation 20), the unit of every order line.</summary>
    const string PieceUnit = "H87";

    const string DiscountReasonCode = "95";

    public byte[] Write(Invoice document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            Build(document).Save(writer);
        }
        return buffer.ToArray();
    }

    public XDocument Build(Invoice document)
    {
        var kind = UblKind.For(document.Type);
        var currency = Currency.Parse(document.Currency);
        return new XDocument(new XElement(
            kind.Root,
            new XAttribute(XNamespace.Xmlns + "cac", Cac.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc.NamespaceName),
            Basic("CustomizationID", CustomizationId),
            Basic("ProfileID", ProfileId),
            Basic("ID", document.Number.Value),
            Basic("IssueDate", Date(document.IssuedAt)),
            kind.HasDueDate && document.DueDate is { } due ? Basic("DueDate", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            Basic(kind.TypeCodeElement, kind.TypeCode),
            document.Credits is { } credited ? Basic("Note", credited.Reason) : null,
            Basic("DocumentCurrencyCode", currency.Code),
            Basic("BuyerReference", document.BuyerReference ?? document.OrderId.Value),
            Aggregate("OrderReference", Basic("ID", document.OrderId.Value)),
            document.Credits is { } reference
                ? Aggregate("BillingReference", Aggregate("InvoiceDocumentReference", Basic("ID", reference.Number.Value), Basic("IssueDate", Date(reference.IssuedAt))))
                : null,
            UblParties.Supplier(seller.Value),
            UblParties.Customer(document),
            UblPayment.Means(document, seller.Value),
            UblPayment.Terms(document),
            UblTotals.ShippingCharges(document, currency),
            UblTotals.TaxTotal(document, currency),
            UblTotals.MonetaryTotal(document, currency),
            document.Lines.Select((line, index) => Line(kind, line, index + 1, currency))));
    }

    static XElement Line(UblKind kind, InvoiceLine line, int number, Currency currency) => Aggregate(
        kind.LineElement,
        Basic("ID", number.ToString(CultureInfo.InvariantCulture)),
        new XElement(Cbc + kind.QuantityElement, new XAttribute("unitCode", PieceUnit), line.Quantity.ToString(CultureInfo.InvariantCulture)),
        Amount("LineExtensionAmount", line.NetMinor, currency),
        Discount(line, currency),
        Aggregate(
            "Item",
            Basic("Name", line.Description),
            Aggregate("SellersItemIdentification", Basic("ID", line.Sku)),
            TaxCategory("ClassifiedTaxCategory", line.TaxRate)),
        Price(line, currency));

    /// <summary>
    /// The unit price, or, when the line's amount before discount is no whole number of minor units per unit (a shop's
    /// tax-inclusive price made net, say 61.76 for 3), that amount per the line's quantity as base quantity (BT-149),
    /// so that quantity × price ÷ base quantity − allowance is the line's net amount exactly.
    /// </summary>
    static XElement Price(InvoiceLine line, Currency currency)
    {
        var beforeDiscount = line.NetMinor + line.DiscountMinor;
        return beforeDiscount == line.UnitPriceMinor * line.Quantity
            ? Aggregate("Price", Amount("PriceAmount", line.UnitPriceMinor, currency))
            : Aggregate(
                "Price",
                Amount("PriceAmount", beforeDiscount, currency),
                new XElement(Cbc + "BaseQuantity", new XAttribute("unitCode", PieceUnit), line.Quantity.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A line's discount as a line allowance (UNCL5189 "95": discount), so quantity × price − allowance is the line's
    /// net amount; the price stays the one before discount.
    /// </summary>
    static XElement? Discount(InvoiceLine line, Currency currency) => line.DiscountMinor == 0
        ? null
        : Aggregate(
            "AllowanceCharge",
            Basic("ChargeIndicator", "false"),
            Basic("AllowanceChargeReasonCode", DiscountReasonCode),
            Basic("AllowanceChargeReason", "Discount"),
            Amount("Amount", line.DiscountMinor, currency));
}
