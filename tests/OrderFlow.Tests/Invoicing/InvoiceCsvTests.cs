using System.Text;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Tests.Invoicing;

public class InvoiceCsvTests
{
    [Fact]
    public async Task WriteAsync_LinesAndShipping_OneRowEachQuotedPerRfc4180()
    {
        var issued = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);
        var invoice = new Invoice("INV-2026-000001", "o-1", "c-1", issued, "EUR", InvoiceStatus.Issued,
            [new InvoiceLine("MUG", "Mug, \"tall\"", 1, 1650, 0.19m, 1650, 314)], 490)
        {
            Customer = new InvoiceCustomer("Zoë Ångström", null, new InvoiceAddress(null, null, null, null, null, "DE")),
        };
        using var output = new MemoryStream();

        await InvoiceCsv.WriteAsync(output, Documents(invoice), CancellationToken.None);

        Assert.Equal(
            string.Join(",", InvoiceCsv.Header) + "\r\n"
            + "INV-2026-000001,Invoice,Issued,2026-04-01T12:00:00Z,,,o-1,c-1,Zoë Ångström,1,MUG,\"Mug, \"\"tall\"\"\",1,16.50,0.19,16.50,3.14,19.64,EUR\r\n"
            + "INV-2026-000001,Invoice,Issued,2026-04-01T12:00:00Z,,,o-1,c-1,Zoë Ångström,Shipping,,Shipping,1,4.90,0,4.90,0.00,4.90,EUR\r\n",
            Encoding.UTF8.GetString(output.ToArray()));
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
        var credit = new Invoice("CN-2026-000001", "o-1", "c-1", new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero), "EUR", InvoiceStatus.Issued,
            [new InvoiceLine(formula, formula, -1, -1650, 0.19m, -1650, -314)], -490)
        {
            Type = DocumentType.CreditNote,
            Customer = new InvoiceCustomer(formula, null, new InvoiceAddress(null, null, null, null, null, "DE")),
        };
        using var output = new MemoryStream();

        await InvoiceCsv.WriteAsync(output, Documents(credit), CancellationToken.None);

        using var reader = CsvHelper.CsvReader.FromText(Encoding.UTF8.GetString(output.ToArray()));
        Assert.True(reader.Read());
        Assert.Equal(["'" + formula, "'" + formula, "'" + formula], [reader.GetString("customerName"), reader.GetString("sku"), reader.GetString("description")]);
        Assert.Equal(["-1", "-16.50", "-16.50", "-3.14", "-19.64"], new[] { "quantity", "unitPrice", "net", "tax", "gross" }.Select(c => reader.GetString(c)));
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
