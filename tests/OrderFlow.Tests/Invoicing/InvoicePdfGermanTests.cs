using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.TestDocuments;

namespace OrderFlow.Tests.Invoicing;

/// <summary>The PDF of a customer who reads German: German labels, dates as 01.03.2026 and amounts as 2.883,23 EUR.</summary>
public class InvoicePdfGermanTests
{
    static Invoice InGerman(Invoice document) => document with { Customer = document.Customer! with { Language = Language.De } };

    [Fact]
    public void Write_GermanCustomer_GermanLabelsDatesAmountsTermsAndPaymentInstructions()
    {
        var page = Assert.Single(PdfText.Pages(InvoicePdfTests.Pdf.Write(InGerman(InvoicePdfTests.TwoRates()))));

        Assert.All(
            [
                "Rechnung", "Rechnungsnummer INV-2026-000042", "Ausstellungsdatum 30.01.2026", "Fällig am 01.03.2026",
                "Zahlungsbedingungen 30 Tage netto", "Ihre Referenz PO-4711", "Rechnungsempfänger",
                "USt-IdNr. DE123456789", "Ansprechpartner: Accounts receivable", "Tel. +49 30 1234567", "Beträge in EUR.",
                "Beschreibung Menge Einzelpreis Rabatt Netto USt.", "Art.-Nr. CUP-GOLD", "1.250,00", "2.400,00", "Positionen netto 2.420,00 EUR",
                "Versand 4,90 EUR", "USt. 19 % auf 2.404,90 EUR 456,93 EUR", "USt. 7 % auf 20,00 EUR 1,40 EUR", "Gesamt 2.883,23 EUR",
                "Bitte überweisen Sie 2.883,23 EUR bis zum 01.03.2026 per SEPA-Überweisung an:", "Kontoinhaber: OrderFlow Demo GmbH",
                "Verwendungszweck: INV-2026-000042", "INV-2026-000042 · Seite 1 von 1",
            ],
            expected => Assert.Contains(expected, page));
        Assert.All(["Due date", "Payment terms", "days net", "VAT", "2,883.23", "2026-03-01", "page 1 of 1"], english => Assert.DoesNotContain(english, page));
    }

    [Fact]
    public void Write_GermanCreditNote_NamesTheInvoiceItCancelsWithItsGermanDate()
    {
        var invoice = InGerman(InvoicePdfTests.TwoRates()) with { Number = DocumentNumber.Parse("INV-2026-000044") };
        var note = invoice.WithCreditRequested(invoice.IssuedAt.AddDays(2), "Ware zurückgegeben.").CreditNote(DocumentNumber.Parse("CN-2026-000005"));

        var page = Assert.Single(PdfText.Pages(InvoicePdfTests.Pdf.Write(note)));

        Assert.All(
            [
                "Gutschrift", "Gutschriftsnummer CN-2026-000005", "Ausstellungsdatum 01.02.2026", "Zur Rechnung INV-2026-000044 vom", "30.01.2026",
                "Grund: Ware zurückgegeben.", "Gutgeschrieben 2.883,23 EUR", "Diese Gutschrift hebt die Rechnung INV-2026-000044 vollständig auf.",
            ],
            expected => Assert.Contains(expected, page));
        Assert.DoesNotContain("Fällig am", page);
    }

    [Fact]
    public void Write_GermanPaidInYen_WholeYenGroupedWithDotsAndNothingDue()
    {
        var invoice = InGerman(InvoicePdfTests.TwoRates()) with
        {
            Currency = "JPY", Lines = [new InvoiceLine("TEA", "Sencha", 3, 12000, 0.08m, 36000, 2880)], ShippingMinor = 0, ShippingTaxes = [],
        };
        var paid = invoice.WithPayment(new InvoicePayment("checkout", 38880, "JPY", invoice.IssuedAt));

        var page = Assert.Single(PdfText.Pages(InvoicePdfTests.Pdf.Write(paid)));

        Assert.All(["Beim Kauf bezahlt -38.880 JPY", "Zahlbetrag 0 JPY", "Beim Kauf vollständig bezahlt: Es ist nichts mehr fällig."],
            expected => Assert.Contains(expected, page));
        Assert.DoesNotContain("IBAN", page);
    }
}
