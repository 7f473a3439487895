namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The top of the first page: the title, the seller with its VAT ID and contact, the buyer, and the document's dates and references.</summary>
static class PdfHeader
{
    const double DetailsLeft = 330;
    const double LabelGap = 8;

    public static void Draw(PdfCanvas canvas, DocumentSheet sheet)
    {
        canvas.Text(sheet.Title, PdfFonts.Title, PdfCanvas.Left, canvas.Y + 18);
        var sellerEnd = Block(canvas, PdfCanvas.Right, canvas.Y + 8, alignRight: true, sheet.Seller);
        var top = sellerEnd + 24;
        var buyerEnd = Block(canvas, PdfCanvas.Left, top, alignRight: false, [sheet.Words.BillTo, .. sheet.Buyer]);
        var detailsEnd = Details(canvas, top, sheet.Details);
        canvas.Y = Math.Max(buyerEnd, detailsEnd) + 8;
        if (sheet.CancelReason is { } reason)
        {
            canvas.Y += PdfCanvas.LineHeight;
            canvas.Text(reason, PdfFonts.Body, PdfCanvas.Left, canvas.Y);
        }
        canvas.Y += PdfCanvas.LineHeight * 1.5;
        canvas.Text(sheet.AmountsIn, PdfFonts.Small, PdfCanvas.Left, canvas.Y);
        canvas.Y += PdfCanvas.LineHeight;
    }

    /// <summary>Label and value pairs, the value flush right and wrapped beside its label: number, dates, terms and references.</summary>
    static double Details(PdfCanvas canvas, double top, IReadOnlyList<(string Label, string Value)> rows)
    {
        var y = top;
        foreach (var (label, value) in rows)
        {
            canvas.Text(label, PdfFonts.Strong, DetailsLeft, y);
            var room = PdfCanvas.Right - DetailsLeft - canvas.Width(label, PdfFonts.Strong) - LabelGap;
            foreach (var part in canvas.Wrap(value, PdfFonts.Body, room))
            {
                canvas.TextRight(part, PdfFonts.Body, PdfCanvas.Right, y);
                y += PdfCanvas.LineHeight;
            }
        }
        return y;
    }

    /// <summary>Lines one under the other, the first in bold; answers the baseline below the last.</summary>
    static double Block(PdfCanvas canvas, double x, double top, bool alignRight, IEnumerable<string> lines)
    {
        var y = top;
        var first = true;
        foreach (var line in lines)
        {
            var font = first ? PdfFonts.Strong : PdfFonts.Body;
            if (alignRight)
            {
                canvas.TextRight(line, font, x, y);
            }
            else
            {
                canvas.Text(line, font, x, y);
            }
            first = false;
            y += PdfCanvas.LineHeight;
        }
        return y;
    }
}
