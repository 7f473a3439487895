namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// The lines: position, description with SKU, quantity, unit price before discount, discount, net and VAT rate. A row
/// never splits across pages; the header row starts every page the table reaches.
/// </summary>
static class PdfLineTable
{
    const double DescriptionLeft = PdfCanvas.Left + 24;
    const double DescriptionWidth = 180;
    const double SkuHeight = 10;
    const double RowGap = 5;

    /// <summary>The right edges of the number columns, after the description: quantity, unit price, discount, net, VAT rate.</summary>
    static readonly double[] NumberRights = [290, 355, 415, 485, PdfCanvas.Right];

    public static void Draw(PdfCanvas canvas, DocumentSheet sheet)
    {
        canvas.Reserve(PdfCanvas.LineHeight * 3);
        Header(canvas, sheet.LineHeaders);
        canvas.OnNewPage = () => Header(canvas, sheet.LineHeaders);
        foreach (var line in sheet.Lines)
        {
            var description = canvas.Wrap(line.Description, PdfFonts.Body, DescriptionWidth);
            canvas.Reserve((description.Count * PdfCanvas.LineHeight) + SkuHeight + RowGap);
            Row(canvas, line, description);
        }
        canvas.OnNewPage = null;
        canvas.Rule(canvas.Y - PdfCanvas.LineHeight - 1);
    }

    /// <summary>"#", the description, then the number columns' headers.</summary>
    static void Header(PdfCanvas canvas, IReadOnlyList<string> headers)
    {
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Text(headers[0], PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        canvas.Text(headers[1], PdfFonts.Strong, DescriptionLeft, canvas.Y);
        foreach (var (header, right) in headers.Skip(2).Zip(NumberRights))
        {
            canvas.TextRight(header, PdfFonts.Strong, right, canvas.Y);
        }
        canvas.Rule(canvas.Y + 4);
        canvas.Y += PdfCanvas.LineHeight + 4;
    }

    static void Row(PdfCanvas canvas, SheetLine line, IReadOnlyList<string> description)
    {
        var y = canvas.Y;
        canvas.Text(line.Position, PdfFonts.Body, PdfCanvas.Left, y);
        string[] values = [line.Quantity, line.UnitPrice, line.Discount, line.Net, line.Vat];
        foreach (var (right, value) in NumberRights.Zip(values))
        {
            canvas.TextRight(value, PdfFonts.Body, right, y);
        }
        foreach (var text in description)
        {
            canvas.Text(text, PdfFonts.Body, DescriptionLeft, y);
            y += PdfCanvas.LineHeight;
        }
        canvas.Text(line.Sku, PdfFonts.Small, DescriptionLeft, y - PdfCanvas.LineHeight + SkuHeight);
        canvas.Y = y + SkuHeight + RowGap;
    }
}
