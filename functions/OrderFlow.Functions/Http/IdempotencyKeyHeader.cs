using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Http;

/// <summary>The Idempotency-Key header of a route that creates something from a key: at most 100 characters.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>The key, null when none was sent; or the problem to answer when it is too long.</summary>
    public static (string? Key, IResult? Problem) Read(HttpRequest request) => request.Headers[Name].FirstOrDefault() switch
    {
        { Length: > MaxLength } => (null, Problems.Field(Name, $"An Idempotency-Key is at most {MaxLength} characters.")),
        { Length: > 0 } key => (key, null),
        _ => (null, null),
    };
}
