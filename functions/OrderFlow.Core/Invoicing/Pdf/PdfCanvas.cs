using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// A4 pages written top to bottom: a cursor <see cref="Y"/> that moves down as content is drawn, and a new page, with
/// what every page repeats (a table's header), whenever the next block would run into the footer.
/// </summary>
sealed class PdfCanvas : IDisposable
{
    public const double Left = 50;
    public const double Right = 545;
    const double Top = 50;
    const double Bottom = 780;
    const double FooterAt = 805;

    public const double LineHeight = 12;

    readonly PdfDocument document = new();
    XGraphics graphics;

    public PdfCanvas(string title)
    {
        document.Info.Title = title;
        document.Info.Creator = "OrderFlow";
        graphics = XGraphics.FromPdfPage(AddPage());
    }

    public double Y { get; set; } = Top;

    /// <summary>Drawn at the top of each page after the first, such as the header row of the table that continues there.</summary>
    public Action? OnNewPage { get; set; }

    /// <summary>Makes room for <paramref name="height"/> points: on this page if they fit, else on a new one.</summary>
    public void Reserve(double height)
    {
        if (Y + height <= Bottom)
        {
            return;
        }
        graphics.Dispose();
        graphics = XGraphics.FromPdfPage(AddPage());
        Y = Top;
        OnNewPage?.Invoke();
    }

    public void Text(string text, XFont font, double x, double y) =>
        graphics.DrawString(text, font, XBrushes.Black, x, y, XStringFormats.BaseLineLeft);

    /// <summary>Text whose right edge is at <paramref name="right"/>: amounts in a column line up on their last digit.</summary>
    public void TextRight(string text, XFont font, double right, double y) =>
        graphics.DrawString(text, font, XBrushes.Black, right, y, XStringFormats.BaseLineRight);

    public void Rule(double y, double left = Left, double right = Right) => graphics.DrawLine(XPens.Gray, left, y, right, y);

    public double Width(string text, XFont font) => graphics.MeasureString(text, font).Width;

    /// <summary>The text in lines that fit <paramref name="width"/>, broken between words (inside a word only when one alone is too wide).</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Width(candidate, font) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (Width(current, font) > width)
            {
                var fits = Enumerable.Range(1, current.Length - 1).Last(n => n == 1 || Width(current[..n], font) <= width);
                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }
        lines.Add(current);
        return lines;
    }

    /// <summary>Every page's footer ("INV-2026-000001 · page 2 of 3") from its number and the count, once that is known; then the PDF's bytes.</summary>
    public byte[] Finish(Func<int, int, string> footer)
    {
        graphics.Dispose();
        for (var index = 0; index < document.PageCount; index++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[index], XGraphicsPdfPageOptions.Append);
            page.DrawString(footer(index + 1, document.PageCount), PdfFonts.Small, XBrushes.Gray, Right, FooterAt, XStringFormats.BaseLineRight);
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    PdfPage AddPage()
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }
}
