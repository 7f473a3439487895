using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Core.Security;

/// <summary>
/// Encrypts what a storage reader must not read (held survey answers, private notes) with AES-256-GCM under a key
/// derived from a configured secret for one purpose. A sealed value is: key ID (4 bytes), nonce (12), tag (16),
/// ciphertext. The associated data names where the value lives (its row), so a sealed value copied to another row
/// does not open there. A previous secret still opens what it sealed, so the secret can be rotated.
/// </summary>
public sealed class SealedBox
{
    /// <summary>The shortest secret accepted: 32 characters (Azure deployments generate 48 random bytes).</summary>
    public const int MinSecretLength = 32;

    const int KeyIdLength = 4;
    const int NonceLength = 12;
    const int TagLength = 16;
    const int Overhead = KeyIdLength + NonceLength + TagLength;

    readonly Key current;
    readonly Key? previous;

    public SealedBox(string purpose, string secret, string? previousSecret)
    {
        current = new Key(purpose, secret);
        previous = string.IsNullOrEmpty(previousSecret) ? null : new Key(purpose, previousSecret);
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, string associatedData)
    {
        var sealedValue = new byte[Overhead + plaintext.Length];
        current.Id.CopyTo(sealedValue, 0);
        var nonce = sealedValue.AsSpan(KeyIdLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(current.Material, TagLength);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(Overhead), sealedValue.AsSpan(KeyIdLength + NonceLength, TagLength), Encoding.UTF8.GetBytes(associatedData));
        return sealedValue;
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> for a value sealed elsewhere, under another key or altered.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedValue, string associatedData)
    {
        if (sealedValue.Length < Overhead)
        {
            throw new CryptographicException("The sealed value is too short.");
        }
        var id = sealedValue[..KeyIdLength];
        var key = id.SequenceEqual(current.Id) ? current : previous is not null && id.SequenceEqual(previous.Id) ? previous : null;
        if (key is null)
        {
            throw new CryptographicException("The value was sealed under a key that is neither the current nor the previous one.");
        }
        var plaintext = new byte[sealedValue.Length - Overhead];
        using var aes = new AesGcm(key.Material, TagLength);
        aes.Decrypt(sealedValue.Slice(KeyIdLength, NonceLength), sealedValue[Overhead..], sealedValue.Slice(KeyIdLength + NonceLength, TagLength), plaintext, Encoding.UTF8.GetBytes(associatedData));
        return plaintext;
    }

    /// <summary>A keyed pseudonym of <paramref name="value"/>: stable for one secret, meaningless without it.</summary>
    public string Pseudonym(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(current.Material, Encoding.UTF8.GetBytes("pseudonym|" + value)))[..24];

    sealed class Key
    {
        public Key(string purpose, string secret)
        {
            Material = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, salt: [], info: Encoding.UTF8.GetBytes("orderflow-sealed|" + purpose));
            Id = HMACSHA256.HashData(Material, "key-id"u8)[..KeyIdLength];
        }

        public byte[] Material { get; }

        public byte[] Id { get; }
    }
}
