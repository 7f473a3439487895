using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Invoicing.Pdf;
using OrderFlow.Core.Orders;

namespace OrderFlow.Benchmarks;

/// <summary>
/// The demo invoice docs/finance.md shows, written as PDF in English and in German into a folder; the pictures there
/// are their first pages (pdftoppm -r 100 -png -singlefile).
/// </summary>
static class SamplePdf
{
    public static readonly SellerOptions DemoSeller = new()
    {
        Name = "OrderFlow Demo GmbH", VatId = "DE123456789", EndpointId = "DE123456789", EndpointScheme = "9930", Street = "Friedrichstraße 68",
        City = "Berlin", PostalCode = "10117", Country = "DE", Email = "billing@orderflow.local", ContactName = "Accounts receivable",
        Phone = "+49 30 1234567", Iban = "DE89370400440532013000", Bic = "COBADEFFXXX",
    };

    public static void Write(string folder)
    {
        var pdf = new InvoicePdf(Options.Create(DemoSeller));
        foreach (var language in Enum.GetValues<Language>())
        {
            var invoice = Invoice();
            var path = Path.Combine(folder, $"invoice-{language.Code()}.pdf");
            File.WriteAllBytes(path, pdf.Write(invoice with { Customer = invoice.Customer! with { Language = language } }));
            Console.WriteLine(path);
        }
    }

    /// <summary>Four lines at 19 % and 7 %, one discounted, and shipping taxed at both rates in proportion: 431.44 EUR.</summary>
    static Invoice Invoice() =>
        new(DocumentNumber.Parse("INV-2026-000128"), OrderId.Parse("shopify-7a1c04"), "c-1002", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), "EUR",
            InvoiceStatus.Issued,
            [
                new InvoiceLine("MUG-TALL", "Tall mug, stoneware, 350 ml", 6, 1650, 0.19m, 9900, 1881),
                new InvoiceLine("CUP-ESP", "Espresso cup with saucer", 12, 1250, 0.19m, 13500, 2565) { DiscountMinor = 1500 },
                new InvoiceLine("TEAPOT-1", "Teapot, 1.2 l, matte glaze", 1, 5900, 0.19m, 5900, 1121),
                new InvoiceLine("BOOK-1", "Kochbuch für Anfänger", 2, 3600, 0.07m, 7200, 504),
            ],
            490)
        {
            ShippingTaxes = [new TaxedAmount(0.19m, 412, 78), new TaxedAmount(0.07m, 78, 5)],
            Terms = new PaymentTerms(14),
            BuyerReference = "PO-4711",
            Customer = new InvoiceCustomer("Café Keramik Nord GmbH", "einkauf@keramik-nord.example", new InvoiceAddress("Hafenstraße 3", null, "Hamburg", "20457", null, "DE"))
            {
                VatId = "DE987654321",
            },
        };
}
