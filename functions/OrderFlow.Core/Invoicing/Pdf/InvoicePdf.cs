using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// An invoice or credit note as the PDF people read: seller and buyer, the lines, tax per rate, totals, and how and
/// when to pay, in the document's currency and its customer's language. Drawn from the document's <see cref="DocumentSheet"/>,
/// so every rendering of a document says the same; lines that overflow a page continue on the next under the table's header.
/// </summary>
public sealed class InvoicePdf(IOptions<SellerOptions> seller)
{
    public const string ContentType = "application/pdf";

    public byte[] Write(Invoice document)
    {
        var sheet = DocumentSheet.For(document, seller.Value);
        using var canvas = new PdfCanvas($"{sheet.Title} {document.Number}");
        PdfHeader.Draw(canvas, sheet);
        PdfLineTable.Draw(canvas, sheet);
        PdfTotals.Draw(canvas, sheet);
        PdfPayment.Draw(canvas, sheet);
        return canvas.Finish((page, pages) => $"{document.Number} · {sheet.Words.Page(page, pages)}");
    }
}
