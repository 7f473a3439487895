using System.Text;
using OrderFlow.Core.Common;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Invoicing;

public class InvoiceCsvTests
{
    [Fact]
    public async Task WriteAsync_LinesAndShipping_OneRowEachQuotedPerRfc4180()
    {
        var issued = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);
        var invoice = new Invoice(DocumentNumber.Parse("INV-2026-000001"), OrderId.Parse("o-1"), "c-1", issued, "EUR", InvoiceStatus.Issued,
            [new InvoiceLine("MUG", "Mug, \"tall\"", 1, 1650, 0.19m, 1650, 314)], 490)
        {
            Customer = new InvoiceCustomer("Zoë Ångström", null, new InvoiceAddress(null, null, null, null, null, "DE")),
            Terms = new PaymentTerms(14),
        };
        using var output = new MemoryStream();

        await InvoiceCsv.WriteAsync(output, Documents(invoice), CancellationToken.None);

        Assert.Equal(
            string.Join(",", InvoiceCsv.Header) + "\r\n"
            + "INV-2026-000001,Invoice,Issued,2026-04-01T12:00:00Z,,,o-1,c-1,Zoë Ångström,1,MUG,\"Mug, \"\"tall\"\"\",1,16.50,0.19,16.50,3.14,19.64,EUR,0.00,2026-04-15,14 days net\r\n"
            + "INV-2026-000001,Invoice,Issued,2026-04-01T12:00:00Z,,,o-1,c-1,Zoë Ångström,Shipping,,Shipping,1,4.90,0,4.90,0.00,4.90,EUR,0.00,2026-04-15,14 days net\r\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_DiscountAndShippingAtTwoRates_ShippingRowPerRateAndRowsAddUpToTheTotals()
    {
        var issued = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);
        var invoice = new Invoice(DocumentNumber.Parse("INV-2026-000002"), OrderId.Parse("o-2"), "c-1", issued, "EUR", InvoiceStatus.Issued,
            [new InvoiceLine("CUP", "Cup", 2, 1250, 0.19m, 2250, 428) { DiscountMinor = 250 }, new InvoiceLine("BOOK", "Book", 1, 3600, 0.07m, 3600, 252)], 490)
        {
            ShippingTaxes = [new TaxedAmount(0.19m, 201, 38), new TaxedAmount(0.07m, 289, 20)],
        };
        using var output = new MemoryStream();

        await InvoiceCsv.WriteAsync(output, Documents(invoice), CancellationToken.None);

        var rows = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(
            [("1", "12.50", "22.50", "4.28", "2.50"), ("2", "36.00", "36.00", "2.52", "0.00"), ("Shipping", "0.19", "2.01", "0.38", "0.00"), ("Shipping", "0.07", "2.89", "0.20", "0.00")],
            rows.Select(r => (r[9], r[9] == "Shipping" ? r[14] : r[13], r[15], r[16], r[19])));
        Assert.Equal(invoice.GrossMinor, rows.Sum(r => (long)(decimal.Parse(r[17], System.Globalization.CultureInfo.InvariantCulture) * 100)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Pay\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tTab")]
    [InlineData("\rReturn")]
    public async Task WriteAsync_TextStartingLikeAFormula_EscapedAsTextInEveryTextColumn(string formula)
    {
        var credit = new Invoice(DocumentNumber.Parse("CN-2026-000001"), OrderId.Parse("o-1"), "c-1", new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero), "EUR", InvoiceStatus.Issued,
            [new InvoiceLine(formula, formula, -1, -1650, 0.19m, -1650, -314) { DiscountMinor = -100 }], -490)
        {
            Type = DocumentType.CreditNote,
            Customer = new InvoiceCustomer(formula, null, new InvoiceAddress(null, null, null, null, null, "DE")),
        };
        using var output = new MemoryStream();

        await InvoiceCsv.WriteAsync(output, Documents(credit), CancellationToken.None);

        using var reader = CsvHelper.CsvReader.FromText(Encoding.UTF8.GetString(output.ToArray()));
        Assert.True(reader.Read());
        Assert.Equal(["'" + formula, "'" + formula, "'" + formula], [reader.GetString("customerName"), reader.GetString("sku"), reader.GetString("description")]);
        Assert.Equal(["-1", "-16.50", "-16.50", "-3.14", "-19.64", "-1.00"], new[] { "quantity", "unitPrice", "net", "tax", "gross", "discount" }.Select(c => reader.GetString(c)));
        Assert.True(reader.Read());
        Assert.Equal(["Shipping", "-4.90", "-4.90"], new[] { "description", "unitPrice", "gross" }.Select(c => reader.GetString(c)));
    }

    static async IAsyncEnumerable<Invoice> Documents(params Invoice[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
