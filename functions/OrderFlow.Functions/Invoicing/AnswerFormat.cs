using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Invoicing;

/// <summary>What a finance answer is written as: the JSON view, the UBL 2.1 e-invoice, the PDF people read, or CSV.</summary>
public enum AnswerFormat { Json, Xml, Pdf, Csv }

/// <summary>
/// The one place that decides an answer's format, for single documents and for lists and reports alike:
/// <c>format=</c> names one the route offers; without it, the Accept header's most wanted type the route offers (by q,
/// then by order); and JSON when it names none of them.
/// </summary>
public static class AnswerFormats
{
    /// <summary>One invoice or credit note.</summary>
    public static readonly AnswerFormat[] Document = [AnswerFormat.Json, AnswerFormat.Xml, AnswerFormat.Pdf];

    /// <summary>The invoice list and the reports; the order is how a refusal names them.</summary>
    public static readonly AnswerFormat[] Table = [AnswerFormat.Csv, AnswerFormat.Json];

    static readonly Dictionary<string, AnswerFormat> ByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = AnswerFormat.Json,
        ["application/xml"] = AnswerFormat.Xml,
        ["text/xml"] = AnswerFormat.Xml,
        ["application/pdf"] = AnswerFormat.Pdf,
        ["text/csv"] = AnswerFormat.Csv,
    };

    /// <summary>The format to answer in, or null with the error on <c>format</c> when it names one not offered.</summary>
    public static AnswerFormat? Read(HttpRequest request, FieldErrors errors, IReadOnlyList<AnswerFormat> offered)
    {
        if (request.Query["format"].FirstOrDefault() is { } name)
        {
            var named = offered.Where(f => f.ToString().Equals(name, StringComparison.OrdinalIgnoreCase)).Select(f => (AnswerFormat?)f).FirstOrDefault();
            return errors.Require(named is not null, "format", Listed(offered)) ? named : null;
        }
        return request.GetTypedHeaders().Accept
            .Select((type, index) => (Known: ByMediaType.TryGetValue(type.MediaType.Value ?? "", out var format), Format: format, Quality: type.Quality ?? 1, Index: index))
            .Where(t => t.Known && offered.Contains(t.Format) && t.Quality > 0)
            .OrderByDescending(t => t.Quality)
            .ThenBy(t => t.Index)
            .Select(t => t.Format)
            .FirstOrDefault(AnswerFormat.Json);
    }

    /// <summary>"csv or json.", "json, xml or pdf.": the offered formats as the problem names them.</summary>
    static string Listed(IReadOnlyList<AnswerFormat> offered)
    {
        var names = offered.Select(f => f.ToString().ToLowerInvariant()).ToList();
        return $"{string.Join(", ", names[..^1])} or {names[^1]}.";
    }
}
