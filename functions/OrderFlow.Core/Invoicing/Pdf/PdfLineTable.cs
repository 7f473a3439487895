using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Email.Wording;

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

    public static void Draw(PdfCanvas canvas, Invoice document, CustomerWording words)
    {
        var currency = Currency.Parse(document.Currency);
        canvas.Reserve(PdfCanvas.LineHeight * 3);
        Header(canvas, words);
        canvas.OnNewPage = () => Header(canvas, words);
        foreach (var (line, index) in document.Lines.Select((l, i) => (l, i + 1)))
        {
            var description = canvas.Wrap(line.Description, PdfFonts.Body, DescriptionWidth);
            canvas.Reserve((description.Count * PdfCanvas.LineHeight) + SkuHeight + RowGap);
            Row(canvas, line, index, description, currency, words);
        }
        canvas.OnNewPage = null;
        canvas.Rule(canvas.Y - PdfCanvas.LineHeight - 1);
    }

    static void Header(PdfCanvas canvas, CustomerWording words)
    {
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Text("#", PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        canvas.Text(words.Description, PdfFonts.Strong, DescriptionLeft, canvas.Y);
        string[] headers = [words.Quantity, words.UnitPrice, words.Discount, words.Net, words.Vat];
        foreach (var (header, right) in headers.Zip(NumberRights))
        {
            canvas.TextRight(header, PdfFonts.Strong, right, canvas.Y);
        }
        canvas.Rule(canvas.Y + 4);
        canvas.Y += PdfCanvas.LineHeight + 4;
    }

    static void Row(PdfCanvas canvas, InvoiceLine line, int index, IReadOnlyList<string> description, Currency currency, CustomerWording words)
    {
        string Amount(long minor) => words.Grouped(new Money(minor, currency));
        var y = canvas.Y;
        canvas.Text(index.ToString(CultureInfo.InvariantCulture), PdfFonts.Body, PdfCanvas.Left, y);
        string[] values = [line.Quantity.ToString(CultureInfo.InvariantCulture), Amount(line.UnitPriceMinor),
            line.DiscountMinor == 0 ? "" : Amount(line.DiscountMinor), Amount(line.NetMinor), words.Percent(line.TaxRate)];
        foreach (var (right, value) in NumberRights.Zip(values))
        {
            canvas.TextRight(value, PdfFonts.Body, right, y);
        }
        foreach (var text in description)
        {
            canvas.Text(text, PdfFonts.Body, DescriptionLeft, y);
            y += PdfCanvas.LineHeight;
        }
        canvas.Text(words.Sku(line.Sku), PdfFonts.Small, DescriptionLeft, y - PdfCanvas.LineHeight + SkuHeight);
        canvas.Y = y + SkuHeight + RowGap;
    }
}
