using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// base64(HMAC-SHA256(secret, raw body)) in one header: the scheme Shopify and WooCommerce share, with different
/// header names. It carries no timestamp, so replay protection rests on order-ID idempotency downstream.
/// </summary>
public sealed class BodyHmacSignature : IWebhookSignature
{
    public static readonly BodyHmacSignature Shopify = new("X-Shopify-Hmac-Sha256");
    public static readonly BodyHmacSignature WooCommerce = new("X-WC-Webhook-Signature");

    public BodyHmacSignature(string headerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        HeaderName = headerName;
    }

    public string HeaderName { get; }

    public bool Verify(ReadOnlySpan<byte> body, string? headerValue, string? secret)
    {
        if (string.IsNullOrEmpty(headerValue) || string.IsNullOrEmpty(secret))
        {
            return false;
        }
        // Room for more than a SHA-256 digest, so an over-long value decodes and then fails the length check.
        Span<byte> given = stackalloc byte[2 * HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(headerValue, given, out var length) || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }
}
