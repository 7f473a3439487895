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

    static async IAsyncEnumerable<Invoice> Documents(params Invoice[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
