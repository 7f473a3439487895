using Microsoft.Extensions.Options;
using OrderFlow.Core.Email.Wording;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// An invoice or credit note as the PDF people read: seller and buyer, the lines, tax per rate, totals, and how and
/// when to pay, in the document's currency and its customer's language. Drawn from the stored document alone, so every
/// rendering of a document says the same; lines that overflow a page continue on the next under the table's header.
/// </summary>
public sealed class InvoicePdf(IOptions<SellerOptions> seller)
{
    public const string ContentType = "application/pdf";

    public byte[] Write(Invoice document)
    {
        var words = CustomerWording.For(document.Language);
        using var canvas = new PdfCanvas($"{words.Title(document.Type)} {document.Number}");
        PdfHeader.Draw(canvas, document, seller.Value, words);
        PdfLineTable.Draw(canvas, document, words);
        PdfTotals.Draw(canvas, document, words);
        PdfPayment.Draw(canvas, document, seller.Value, words);
        return canvas.Finish((page, pages) => $"{document.Number} · {words.Page(page, pages)}");
    }
}
