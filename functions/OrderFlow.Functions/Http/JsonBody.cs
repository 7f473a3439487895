using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;

namespace OrderFlow.Functions.Http;

/// <summary>
/// Reads a JSON request body with the checks every endpoint needs: JSON content type, at most 512 KiB (413), and
/// malformed JSON as a 400 problem naming where it broke. The raw bytes are kept for signatures and storage.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 512 * 1024;
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<BodyRead<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new BodyRead<T>(Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json."));
        }
        var raw = await RawAsync(request, cancellationToken);
        if (raw is null)
        {
            return new BodyRead<T>(Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is over {MaxBytes / 1024} KiB."));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(raw, Options);
            return value is null
                ? new BodyRead<T>(Problems.Field("$", "A JSON object is required."))
                : new BodyRead<T>(value, raw, null);
        }
        catch (JsonException ex)
        {
            return new BodyRead<T>(Problems.Field(ex.Path is { Length: > 0 } path ? path : "$", "The body is not valid JSON for this request."));
        }
    }

    /// <summary>
    /// Reads the body and turns it into a domain value with <paramref name="validate"/>, which records every field
    /// problem; answers the value, or the problem response to send instead.
    /// </summary>
    public static async Task<(TModel? Model, IResult? Error)> ReadValidAsync<TInput, TModel>(
        HttpRequest request, Func<TInput, FieldErrors, TModel?> validate, CancellationToken cancellationToken)
        where TInput : class
        where TModel : class
    {
        var body = await ReadAsync<TInput>(request, cancellationToken);
        if (body.Error is not null)
        {
            return (null, body.Error);
        }
        var errors = new FieldErrors();
        return validate(body.Value!, errors) is { } model ? (model, null) : (null, Problems.Validation(errors));
    }

    /// <summary>The body's bytes, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static Task<byte[]?> RawAsync(HttpRequest request, CancellationToken cancellationToken) => RawAsync(request, MaxBytes, cancellationToken);

    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/> (declared or sent).</summary>
    public static async Task<byte[]?> RawAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

public sealed record BodyRead<T>(T? Value, byte[] Raw, IResult? Error)
    where T : class
{
    public BodyRead(IResult error)
        : this(null, [], error)
    {
    }
}
