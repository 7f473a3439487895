using PdfSharp.Fonts;

namespace OrderFlow.Core.Invoicing.Pdf;

/// <summary>
/// PDFsharp's font source: DejaVu Sans, regular and bold, from this assembly's resources (Fonts/LICENSE.md), whatever
/// family is asked for. PDFsharp finds no fonts of its own on Linux, and Azure offers none to install.
/// </summary>
sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    const string Regular = "DejaVuSans";
    const string Bold = "DejaVuSans-Bold";

    static readonly Lock Registering = new();

    /// <summary>PDFsharp takes one resolver for the whole process, before its first font: set once, by whoever renders first.</summary>
    public static void Register()
    {
        lock (Registering)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"OrderFlow.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {typeof(EmbeddedFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
