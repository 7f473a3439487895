using System.Xml.Linq;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Ubl;

namespace OrderFlow.Tests.Invoicing;

/// <summary>The e-invoice's payment terms (BT-20) are free text for the buyer: in their language, beside the machine-readable due date.</summary>
public class UblPaymentTermsTests
{
    static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static readonly UblWriter Ubl = new(Options.Create(InvoicePdfTests.Seller));

    [Theory]
    [InlineData(Language.En, "30 days net")]
    [InlineData(Language.De, "30 Tage netto")]
    public void Build_CustomersLanguage_TermsNoteInItAndDueDateAsTheStandardWritesIt(Language language, string note)
    {
        var invoice = InvoicePdfTests.TwoRates();
        var root = Ubl.Build(invoice with { Customer = invoice.Customer! with { Language = language } }).Root!;

        Assert.Equal((note, "2026-03-01"), (root.Element(Cac + "PaymentTerms")?.Element(Cbc + "Note")?.Value, root.Element(Cbc + "DueDate")?.Value));
    }
}
