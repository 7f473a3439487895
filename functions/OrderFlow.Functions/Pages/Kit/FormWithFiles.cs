using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// A posted form that may carry files (multipart/form-data, or a plain form without them), read whole with a size
/// bound: its text fields as <see cref="FormFields"/>, and the content of each file field.
/// </summary>
public sealed class FormWithFiles(FormFields fields, IReadOnlyDictionary<string, byte[]> files)
{
    public FormFields Fields => fields;

    /// <summary>The content of the file sent in the field; null when none was chosen (the browser sends it empty).</summary>
    public byte[]? File(string name) => files.TryGetValue(name, out var content) && content.Length > 0 ? content : null;

    /// <summary>The request's form, or the problem to answer: 415 when it is no form, 413 when too large, 400 when unreadable.</summary>
    public static async Task<(FormWithFiles? Form, IResult? Refusal)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var (plain, refusal) = await FormFields.ReadAsync(request, maxBytes, cancellationToken);
            return (plain is null ? null : new FormWithFiles(plain, new Dictionary<string, byte[]>()), refusal);
        }
        if (HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, Problems.Field("$", "The form names no multipart boundary."));
        }
        if (await JsonBody.RawAsync(request, maxBytes, cancellationToken) is not { } body)
        {
            return (null, Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The form is over {maxBytes / 1024} KiB."));
        }
        try
        {
            return (await ParseAsync(new MultipartReader(boundary, new MemoryStream(body)), cancellationToken), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return (null, Problems.Field("$", "The form could not be read as multipart/form-data."));
        }
    }

    static async Task<FormWithFiles> ParseAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
            {
                continue;
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content, cancellationToken);
            if (disposition.IsFileDisposition())
            {
                files[name] = content.ToArray();
            }
            else
            {
                (fields.TryGetValue(name, out var values) ? values : fields[name] = []).Add(Encoding.UTF8.GetString(content.ToArray()));
            }
        }
        return new FormWithFiles(new FormFields(fields.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal)), files);
    }
}
