using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// The generic webhook scheme: <c>OrderFlow-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>.
/// The signed timestamp bounds replays to <see cref="Tolerance"/> either side of our clock. Several <c>v1</c> values
/// may be sent (a sender rotating secrets); one match is enough. Unknown keys are ignored for later schemes.
/// </summary>
public sealed class OrderFlowSignature(TimeProvider time) : IWebhookSignature
{
    public const string Header = "OrderFlow-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    public string HeaderName => Header;

    public bool Verify(ReadOnlySpan<byte> body, string? headerValue, string? secret)
    {
        if (string.IsNullOrEmpty(headerValue) || string.IsNullOrEmpty(secret)
            || !TryReadTimestamp(headerValue, out var timestamp, out var seconds) || !IsFresh(seconds))
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Sign(Encoding.UTF8.GetBytes(secret), timestamp, body, expected);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var matched = false;
        foreach (var range in headerValue.AsSpan().Split(','))
        {
            var part = headerValue.AsSpan()[range].Trim();
            // Every candidate is compared, so the time taken does not tell which one matched.
            matched |= part.StartsWith("v1=", StringComparison.Ordinal)
                && TryReadHex(part[3..], given)
                && CryptographicOperations.FixedTimeEquals(expected, given);
        }
        return matched;
    }

    bool IsFresh(long seconds)
    {
        // Whole seconds on both sides, as the sender can only sign whole seconds.
        var skew = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        return Math.Abs(skew) <= (long)Tolerance.TotalSeconds;
    }

    /// <summary>Exactly one <c>t</c> of plain digits; its text is signed as sent, not re-formatted.</summary>
    static bool TryReadTimestamp(string headerValue, out string timestamp, out long seconds)
    {
        timestamp = "";
        seconds = 0;
        var found = 0;
        foreach (var range in headerValue.AsSpan().Split(','))
        {
            var part = headerValue.AsSpan()[range].Trim();
            if (part.StartsWith("t=", StringComparison.Ordinal))
            {
                found++;
                timestamp = part[2..].ToString();
            }
        }
        return found == 1 && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
    }

    static bool TryReadHex(ReadOnlySpan<char> hex, Span<byte> destination) =>
        hex.Length == 2 * destination.Length
        && Convert.FromHexString(hex, destination, out _, out var written) == OperationStatus.Done
        && written == destination.Length;

    static void Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        // Incremental, so a large body is hashed where it lies instead of being copied behind "t.".
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
