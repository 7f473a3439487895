using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.TestDocuments;
using OrderFlow.Core.Orders;
using UglyToad.PdfPig;

namespace OrderFlow.Tests.Invoicing;

public class InvoicePdfTests
{
    static readonly DateTimeOffset Issued = new(2026, 1, 30, 9, 0, 0, TimeSpan.Zero);

    internal static readonly SellerOptions Seller = new()
    {
        Name = "OrderFlow Demo GmbH", VatId = "DE123456789", EndpointId = "DE123456789", EndpointScheme = "9930", Street = "Friedrichstraße 68",
        City = "Berlin", PostalCode = "10117", Country = "DE", Email = "billing@orderflow.local", ContactName = "Accounts receivable",
        Phone = "+49 30 1234567", Iban = "DE89370400440532013000", Bic = "COBADEFFXXX",
    };

    internal static readonly InvoicePdf Pdf = new(Options.Create(Seller));

    /// <summary>
    /// 2 cups at 1,250.00 less 100.00 (19 %), a book at 20.00 (7 %), shipping 4.90 at 19 %: net 2,420.00, tax 458.33,
    /// gross 2,883.23; 30 days net from 2026-01-30 is 2026-03-01.
    /// </summary>
    internal static Invoice TwoRates() => new(DocumentNumber.Parse("INV-2026-000042"), OrderId.Parse("o-42"), "c-42", Issued, "EUR", InvoiceStatus.Issued,
        [
            new InvoiceLine("CUP-GOLD", "Golden cup", 2, 125000, 0.19m, 240000, 45600) { DiscountMinor = 10000 },
            new InvoiceLine("BOOK-1", "Tea book", 1, 2000, 0.07m, 2000, 140),
        ],
        490)
    {
        ShippingTaxes = [new TaxedAmount(0.19m, 490, 93)],
        Terms = new PaymentTerms(30),
        BuyerReference = "PO-4711",
        Customer = new InvoiceCustomer("Keramik Nord GmbH", "buyer@keramik.example", new InvoiceAddress("Hafenstraße 3", null, "Hamburg", "20457", null, "DE"))
        {
            VatId = "DE987654321",
        },
    };

    [Fact]
    public void Write_Invoice_ReadsBackNumberPartiesTaxPerRateTotalsDueDateAndPaymentInstructions()
    {
        var text = PdfText.Pages(Pdf.Write(TwoRates()));

        var page = Assert.Single(text);
        Assert.All(
            [
                "INV-2026-000042", "OrderFlow Demo GmbH", "VAT ID DE123456789", "Accounts receivable", "+49 30 1234567",
                "Keramik Nord GmbH", "VAT ID DE987654321", "Golden cup", "SKU CUP-GOLD", "1,250.00", "100.00", "2,400.00",
                "VAT 19 % of 2,404.90 EUR", "456.93 EUR", "VAT 7 % of 20.00 EUR", "1.40 EUR", "2,883.23 EUR", "2026-03-01", "30 days net",
                "IBAN: DE89370400440532013000", "BIC: COBADEFFXXX", "Payment reference: INV-2026-000042", "PO-4711",
            ],
            expected => Assert.Contains(expected, page));
    }

    [Fact]
    public void Write_TermsTooLongForTheirRow_WrappedClearOfTheLabel()
    {
        var invoice = TwoRates() with { Terms = new PaymentTerms(30, fromMonthEnd: true) };

        using var pdf = PdfDocument.Open(Pdf.Write(invoice));
        var words = pdf.GetPage(1).GetWords().ToList();
        var label = words.Single(w => w.Text == "terms").BoundingBox;
        var beside = words.Where(w => w.BoundingBox.Left > label.Right && w.BoundingBox.Bottom <= label.Top && w.BoundingBox.Bottom > label.Bottom - 14)
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom)).ThenBy(w => w.BoundingBox.Left).ToList();

        Assert.Equal("30 days net from the end of the month", string.Join(' ', beside.Select(w => w.Text)));
        Assert.Equal(2, beside.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count());
    }

    [Fact]
    public void Write_HundredLines_SpansPagesWithEveryLineOnceAndTheTotalOnTheLast()
    {
        var lines = Enumerable.Range(1, 100).Select(i => new InvoiceLine($"SKU-{i:000}", $"Stoneware bowl number {i:000}", 1, 1000, 0.19m, 1000, 190)).ToList();
        var invoice = TwoRates() with { Lines = lines, ShippingMinor = 0, ShippingTaxes = [] };

        var pages = PdfText.Pages(Pdf.Write(invoice));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(Enumerable.Range(1, 100), i => Assert.Single(pages, p => p.Contains($"SKU SKU-{i:000}", StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.Contains("Description", p));
        Assert.Contains("1,190.00 EUR", pages[^1]);
        Assert.Contains($"page {pages.Count} of {pages.Count}", pages[^1]);
    }

    [Fact]
    public void Write_PaidAtCheckoutInYen_NothingDueInWholeYen()
    {
        var invoice = new Invoice(DocumentNumber.Parse("INV-2026-000043"), OrderId.Parse("o-43"), "c-43", Issued, "JPY", InvoiceStatus.Paid,
            [new InvoiceLine("TEA", "Sencha", 3, 1200, 0.08m, 3600, 288)], 0)
            .WithPayment(new InvoicePayment("checkout", 3888, "JPY", Issued));

        var page = Assert.Single(PdfText.Pages(Pdf.Write(invoice)));

        Assert.Contains("3,888 JPY", page);
        Assert.Contains("Amount due", page);
        Assert.Contains("Paid in full at checkout: nothing is due.", page);
        Assert.DoesNotContain("IBAN", page);
    }

    [Fact]
    public void Write_CreditNote_NamesTheInvoiceItCancelsAndTheReasonWithoutDueDate()
    {
        var note = (TwoRates() with { Number = DocumentNumber.Parse("INV-2026-000044") }).WithCreditRequested(Issued.AddDays(2), "Returned unopened.").CreditNote(DocumentNumber.Parse("CN-2026-000005"));

        var page = Assert.Single(PdfText.Pages(Pdf.Write(note)));

        Assert.Contains("Credit note", page);
        Assert.Contains("CN-2026-000005", page);
        Assert.Contains("This credit note cancels invoice INV-2026-000044 in full.", page);
        Assert.Contains("Reason: Returned unopened.", page);
        Assert.Contains("Total credited", page);
        Assert.DoesNotContain("Due date", page);
    }
}
