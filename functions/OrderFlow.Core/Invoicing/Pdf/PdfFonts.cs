using PdfSharp.Drawing;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>The documents' type sizes, made once the embedded fonts are PDFsharp's: a font made before that would not resolve.</summary>
static class PdfFonts
{
    static PdfFonts()
    {
        EmbeddedFonts.Register();
        Body = new(EmbeddedFonts.Family, 9);
        Strong = new(EmbeddedFonts.Family, 9, XFontStyleEx.Bold);
        Title = new(EmbeddedFonts.Family, 18, XFontStyleEx.Bold);
        Small = new(EmbeddedFonts.Family, 7.5);
    }

    public static XFont Body { get; }

    public static XFont Strong { get; }

    public static XFont Title { get; }

    public static XFont Small { get; }
}
