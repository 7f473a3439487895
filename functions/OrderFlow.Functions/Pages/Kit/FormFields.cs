using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// The fields of a posted HTML form (application/x-www-form-urlencoded), read with a size bound. A field named twice
/// (a list of lines) keeps every value in order.
/// </summary>
public sealed class FormFields(IReadOnlyDictionary<string, string[]> fields)
{
    public static FormFields Empty { get; } = new(new Dictionary<string, string[]>());

    /// <summary>The field's first value, trimmed; null when it is missing or blank.</summary>
    public string? this[string name] =>
        fields.TryGetValue(name, out var values) && values.Length > 0 && values[0].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>Every value the field was sent with, as sent.</summary>
    public IReadOnlyList<string> All(string name) => fields.TryGetValue(name, out var values) ? values : [];

    /// <summary>Each field as one text, its values joined by commas.</summary>
    public Dictionary<string, string?> Joined() =>
        fields.ToDictionary(f => f.Key, f => (string?)string.Join(',', f.Value), StringComparer.Ordinal);

    /// <summary>The fields of a form body, or null when it is not a form the reader accepts (too many fields, bad encoding).</summary>
    public static FormFields? Parse(byte[] body)
    {
        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body));
            return new(reader.ReadForm().ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The request's form, or the problem to answer: 415 when it is not a form, 413 when too large, 400 when unreadable.</summary>
    public static async Task<(FormFields? Fields, IResult? Refusal)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the form (application/x-www-form-urlencoded)."));
        }
        if (await JsonBody.RawAsync(request, maxBytes, cancellationToken) is not { } body)
        {
            return (null, Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The form is over {maxBytes / 1024} KiB."));
        }
        return Parse(body) is { } fields
            ? (fields, null)
            : (null, Problems.Field("$", $"The form could not be read: at most {FormReader.DefaultValueCountLimit} fields."));
    }
}
