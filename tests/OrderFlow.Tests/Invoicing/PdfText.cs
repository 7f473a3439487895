using UglyToad.PdfPig;

namespace OrderFlow.TestDocuments;

/// <summary>What a PDF says, page by page, read back with PdfPig. Shared by the unit and integration tests.</summary>
static class PdfText
{
    /// <summary>Each page's words joined by spaces, as a reader sees them.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }
}
