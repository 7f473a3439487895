namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Checks one webhook scheme's signature header against the raw request body. Always over the bytes as received:
/// re-serialised JSON differs in whitespace, escaping and number format, and would not match.
/// </summary>
public interface IWebhookSignature
{
    /// <summary>The request header that carries the signature.</summary>
    string HeaderName { get; }

    /// <summary>True only for a well-formed header that matches; a missing header or secret is simply invalid.</summary>
    bool Verify(ReadOnlySpan<byte> body, string? headerValue, string? secret);
}
