using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// An invoice or credit note as the PDF people read: seller and buyer, the lines, tax per rate, totals, and how and
/// when to pay, in the document's currency. Drawn from the stored document alone, so every rendering of a document
/// says the same; lines that overflow a page continue on the next under the table's header.
/// </summary>
public sealed class InvoicePdf(IOptions<SellerOptions> seller)
{
    public const string ContentType = "application/pdf";

    public byte[] Write(Invoice document)
    {
        using var canvas = new PdfCanvas($"{PdfHeader.TitleOf(document)} {document.Number}");
        PdfHeader.Draw(canvas, document, seller.Value);
        PdfLineTable.Draw(canvas, document);
        PdfTotals.Draw(canvas, document);
        PdfPayment.Draw(canvas, document, seller.Value);
        return canvas.Finish(document.Number.Value);
    }
}
