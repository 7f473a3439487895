using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Invoicing;

/// <summary>How one invoice or credit note is answered: the JSON view, the UBL 2.1 e-invoice, or the PDF people read.</summary>
public enum DocumentFormat { Json, Xml, Pdf }

public static class DocumentFormats
{
    static readonly Dictionary<string, DocumentFormat> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = DocumentFormat.Json,
        ["application/xml"] = DocumentFormat.Xml,
        ["text/xml"] = DocumentFormat.Xml,
        ["application/pdf"] = DocumentFormat.Pdf,
    };

    /// <summary>
    /// format=json, xml or pdf decides, as format=csv does on the list; without it, the Accept header's most wanted
    /// type of these (by q, then by order), and JSON when it names none of them.
    /// </summary>
    public static DocumentFormat? Read(HttpRequest request, FieldErrors errors)
    {
        if (request.Query["format"].FirstOrDefault() is { } format)
        {
            var name = Enum.GetNames<DocumentFormat>().FirstOrDefault(n => n.Equals(format, StringComparison.OrdinalIgnoreCase));
            return errors.Require(name is not null, "format", "json, xml or pdf.") ? Enum.Parse<DocumentFormat>(name!) : null;
        }
        var wanted = request.GetTypedHeaders().Accept
            .Select((type, index) => (Format: ByMediaType.GetValueOrDefault(type.MediaType.Value ?? ""), Known: ByMediaType.ContainsKey(type.MediaType.Value ?? ""), Quality: type.Quality ?? 1, index))
            .Where(t => t.Known && t.Quality > 0)
            .OrderByDescending(t => t.Quality)
            .ThenBy(t => t.index);
        return wanted.Select(t => t.Format).FirstOrDefault(DocumentFormat.Json);
    }
}
