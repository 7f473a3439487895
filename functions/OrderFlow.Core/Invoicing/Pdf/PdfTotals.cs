namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The totals under the lines: net, shipping, VAT per rate with the amount it is charged on, total, and what is due.</summary>
static class PdfTotals
{
    const double LabelLeft = 300;

    public static void Draw(PdfCanvas canvas, DocumentSheet sheet)
    {
        var rows = sheet.Totals;
        canvas.Reserve(rows.Count * PdfCanvas.LineHeight);
        foreach (var (label, value, strong) in rows)
        {
            var font = strong ? PdfFonts.Strong : PdfFonts.Body;
            canvas.Text(label, font, LabelLeft, canvas.Y);
            canvas.TextRight(value, font, PdfCanvas.Right, canvas.Y);
            canvas.Y += PdfCanvas.LineHeight;
        }
    }
}
