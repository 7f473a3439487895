using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Access;

/// <summary>A key a request presented and the app knows: its name, roles and whether it may only read.</summary>
public sealed record NamedKey(string Name, IReadOnlySet<StaffRole> Roles, bool ReadOnly);

/// <summary>Finds which configured key a presented secret is, comparing in fixed time.</summary>
public sealed class AccessKeys(IOptions<AccessOptions> options)
{
    readonly IReadOnlyList<(NamedKey Key, byte[] Hash)> keys = options.Value.Keys
        .Where(k => k.Value.Secret.Length > 0)
        .Select(k => (new NamedKey(k.Key, k.Value.RoleList ?? new HashSet<StaffRole>(), k.Value.ReadOnly), Hash(k.Value.Secret)))
        .ToList();

    public NamedKey? Find(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }
        // Hashing first makes every comparison the same length, so timing says nothing about a secret's length.
        var hash = Hash(presented);
        NamedKey? found = null;
        foreach (var (key, secretHash) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, secretHash))
            {
                found = key;
            }
        }
        return found;
    }

    static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
