using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Security;

/// <summary>
/// Links emailed to people: token = base64url(payload) "." base64url(HMAC-SHA256(payload)), the payload holding
/// purpose, IDs and expiry. The same claims always give the same token, so a reminder can resend a link without
/// storing it; only <see cref="Hash"/> of a token is ever stored, to recognise it again.
/// </summary>
public sealed class SignedLinks(IOptions<LinkOptions> options, TimeProvider time)
{
    const int MaxTokenLength = 2048;
    static readonly byte[] Domain = Encoding.UTF8.GetBytes("orderflow-link-v1.");

    public string Issue(LinkClaims claims)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(claims.Purpose, [.. claims.Ids], claims.ExpiresAt.ToUnixTimeSeconds()));
        var encoded = Base64Url.EncodeToString(payload);
        return encoded + "." + Base64Url.EncodeToString(Sign(encoded));
    }

    /// <summary>Valid only when the signature matches (compared in constant time), the purpose is the one expected and it has not expired.</summary>
    public LinkCheck Verify(string? token, string purpose)
    {
        if (token is not { Length: > 0 and <= MaxTokenLength } || token.Split('.') is not [var encoded, var signature])
        {
            return LinkCheck.Invalid;
        }
        if (!TryDecode(signature, out var given) || !CryptographicOperations.FixedTimeEquals(given, Sign(encoded)))
        {
            return LinkCheck.Invalid;
        }
        var payload = ReadPayload(encoded);
        if (payload is null || payload.P != purpose)
        {
            return LinkCheck.Invalid;
        }
        var claims = new LinkClaims(payload.P, payload.I, DateTimeOffset.FromUnixTimeSeconds(payload.E));
        return new LinkCheck(time.GetUtcNow() < claims.ExpiresAt ? LinkStatus.Valid : LinkStatus.Expired, claims);
    }

    /// <summary>"{PublicBaseUrl}/{path}/{token}", e.g. path "api/s".</summary>
    public Uri UrlFor(string path, string token) => new($"{options.Value.PublicBaseUrl.TrimEnd('/')}/{path.Trim('/')}/{token}");

    /// <summary>What is stored instead of a token: its SHA-256, hex. A stolen table yields no working links.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    byte[] Sign(string encodedPayload) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey), (byte[])[.. Domain, .. Encoding.ASCII.GetBytes(encodedPayload)]);

    static Payload? ReadPayload(string encoded)
    {
        try
        {
            return TryDecode(encoded, out var bytes) && JsonSerializer.Deserialize<Payload>(bytes) is { P: not null, I: not null } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written))
        {
            return false;
        }
        bytes = bytes[..written];
        return true;
    }

    // Short names keep emailed links short.
    sealed record Payload(string P, string[] I, long E);
}
