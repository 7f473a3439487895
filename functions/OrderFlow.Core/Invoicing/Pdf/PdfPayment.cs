namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// How the document is settled: for an invoice, the amount due, its due date and the seller's SEPA account with the
/// invoice number as payment reference (the same instructions as the e-invoice's BG-16); for a credit note, the
/// invoice it cancels.
/// </summary>
static class PdfPayment
{
    public static void Draw(PdfCanvas canvas, DocumentSheet sheet)
    {
        var lines = sheet.Settlement;
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Reserve((lines.Count + 1) * PdfCanvas.LineHeight);
        canvas.Text(sheet.SettlementHeading, PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        foreach (var line in lines)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text(line, PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
    }
}
