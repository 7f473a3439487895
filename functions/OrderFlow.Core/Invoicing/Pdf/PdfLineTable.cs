using System.Globalization;
using OrderFlow.Core.Common;

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

    /// <summary>The right edges of the number columns, after the description.</summary>
    static readonly (string Header, double Right)[] Numbers =
        [("Qty", 290), ("Unit price", 355), ("Discount", 415), ("Net", 485), ("VAT", PdfCanvas.Right)];

    public static void Draw(PdfCanvas canvas, Invoice document)
    {
        var currency = Currency.Parse(document.Currency);
        canvas.Reserve(PdfCanvas.LineHeight * 3);
        Header(canvas);
        canvas.OnNewPage = () => Header(canvas);
        foreach (var (line, index) in document.Lines.Select((l, i) => (l, i + 1)))
        {
            var description = Wrap(canvas, line.Description);
            canvas.Reserve((description.Count * PdfCanvas.LineHeight) + SkuHeight + RowGap);
            Row(canvas, line, index, description, currency);
        }
        canvas.OnNewPage = null;
        canvas.Rule(canvas.Y - PdfCanvas.LineHeight - 1);
    }

    static void Header(PdfCanvas canvas)
    {
        canvas.Y += PdfCanvas.LineHeight;
        canvas.Text("#", PdfFonts.Strong, PdfCanvas.Left, canvas.Y);
        canvas.Text("Description", PdfFonts.Strong, DescriptionLeft, canvas.Y);
        foreach (var (header, right) in Numbers)
        {
            canvas.TextRight(header, PdfFonts.Strong, right, canvas.Y);
        }
        canvas.Rule(canvas.Y + 4);
        canvas.Y += PdfCanvas.LineHeight + 4;
    }

    static void Row(PdfCanvas canvas, InvoiceLine line, int index, IReadOnlyList<string> description, Currency currency)
    {
        string Amount(long minor) => new Money(minor, currency).ToGroupedString();
        var y = canvas.Y;
        canvas.Text(index.ToString(CultureInfo.InvariantCulture), PdfFonts.Body, PdfCanvas.Left, y);
        string[] values = [line.Quantity.ToString(CultureInfo.InvariantCulture), Amount(line.UnitPriceMinor),
            line.DiscountMinor == 0 ? "" : Amount(line.DiscountMinor), Amount(line.NetMinor), Percent(line.TaxRate)];
        foreach (var ((_, right), value) in Numbers.Zip(values))
        {
            canvas.TextRight(value, PdfFonts.Body, right, y);
        }
        foreach (var text in description)
        {
            canvas.Text(text, PdfFonts.Body, DescriptionLeft, y);
            y += PdfCanvas.LineHeight;
        }
        canvas.Text($"SKU {line.Sku}", PdfFonts.Small, DescriptionLeft, y - PdfCanvas.LineHeight + SkuHeight);
        canvas.Y = y + SkuHeight + RowGap;
    }

    /// <summary>A rate of 0.19 reads "19 %", 0.055 "5.5 %".</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>The description in lines that fit its column, broken between words (inside a word only when one alone is too wide).</summary>
    static List<string> Wrap(PdfCanvas canvas, string text)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (canvas.Width(candidate, PdfFonts.Body) <= DescriptionWidth)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (canvas.Width(current, PdfFonts.Body) > DescriptionWidth)
            {
                var fits = Enumerable.Range(1, current.Length - 1).Last(n => n == 1 || canvas.Width(current[..n], PdfFonts.Body) <= DescriptionWidth);
                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }
        lines.Add(current);
        return lines;
    }
}
