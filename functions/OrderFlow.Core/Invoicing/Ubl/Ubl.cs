using System.Globalization;
using System.Xml.Linq;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Invoicing.Ubl;

/// <summary>UBL 2.1 namespaces, the Peppol BIS Billing 3.0 identifiers, and the element helpers every part uses.</summary>
static class Ubl
{
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>BT-24: the document claims Peppol BIS Billing 3.0, itself compliant with EN 16931.</summary>
    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    /// <summary>BT-23: the Peppol billing process.</summary>
    public const string ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    public static XElement Basic(string name, object? value) => new(Cbc + name, value);

    public static XElement Aggregate(string name, params object?[] content) => new(Cac + name, content);

    /// <summary>An amount with its currency (currencyID), written with the currency's minor-unit exponent.</summary>
    public static XElement Amount(string name, long minor, Currency currency) =>
        new(Cbc + name, new XAttribute("currencyID", currency.Code), new Money(minor, currency).ToDecimalString());

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A rate of 0.19 is the percent 19; 0.055 is 5.5.</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// A VAT category (UNCL5305) with its rate: S (standard) for a positive rate, Z (zero rated) for 0 %. The element
    /// is cac:TaxCategory on totals and charges, cac:ClassifiedTaxCategory on items.
    /// </summary>
    public static XElement TaxCategory(string element, decimal rate) => Aggregate(
        element,
        Basic("ID", rate > 0 ? "S" : "Z"),
        Basic("Percent", Percent(rate)),
        Aggregate("TaxScheme", Basic("ID", "VAT")));
}
