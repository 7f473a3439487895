using System.Globalization;
using System.Xml.Linq;

namespace OrderFlow.IntegrationTests.Invoicing;

/// <summary>
/// A UBL document less what makes each one unique: its number and references, and its dates as days after its issue
/// date. Documents of one shape get the same answer from every rule that can fail on an OrderFlow document, so the
/// run checks one of each (the seeded history alone holds 2,500 invoices cut from one draft).
/// </summary>
static class DocumentShape
{
    static readonly XNamespace Cbc = UblDocumentTests.Cbc;
    static readonly XName[] Referencing = [UblDocumentTests.Cac + "OrderReference", UblDocumentTests.Cac + "InvoiceDocumentReference"];

    public static string Of(XDocument document)
    {
        var shape = new XDocument(document);
        var root = shape.Root!;
        var issued = DateOnly.Parse(root.Element(Cbc + "IssueDate")!.Value, CultureInfo.InvariantCulture);
        foreach (var element in shape.Descendants().Where(e => !e.HasElements))
        {
            if (element.Name.LocalName.EndsWith("Date", StringComparison.Ordinal) && DateOnly.TryParse(element.Value, CultureInfo.InvariantCulture, out var date))
            {
                element.Value = $"{date.DayNumber - issued.DayNumber:+0;-0;0}";
            }
            else if (IsReference(element, root))
            {
                element.Value = "";
            }
        }
        return shape.ToString(SaveOptions.DisableFormatting);
    }

    static bool IsReference(XElement element, XElement root) =>
        element.Name == Cbc + "BuyerReference" || element.Name == Cbc + "PaymentID"
        || (element.Name == Cbc + "ID" && (element.Parent == root || Referencing.Contains(element.Parent!.Name)));
}
