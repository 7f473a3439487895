using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Security;

/// <summary>
/// IDs that stand for people in emailed links (invitations, 1:1 series): the same for the same inputs, so retries
/// rewrite the same rows, yet nobody without the key can compute them by hashing a directory's IDs. The key is
/// derived from the link signing key under its own label, so that one secret never signs and names in the same way.
/// </summary>
public sealed class KeyedIds(IOptions<LinkOptions> options)
{
    static readonly byte[] Label = Encoding.UTF8.GetBytes("orderflow-keyed-ids-v1");
    readonly Lazy<byte[]> key = new(() => HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(options.Value.SigningKey), 32, info: Label));

    /// <summary>
    /// 24 hex characters (96 bits) of HMAC-SHA256 over the kind and the parts, each after its length, so that no
    /// two lists of parts read the same.
    /// </summary>
    public string For(string kind, params IEnumerable<string> parts) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(string.Concat(parts.Prepend(kind).Select(part => part.Length.ToString(CultureInfo.InvariantCulture) + ":" + part)))))[..24];
}
