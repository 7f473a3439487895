using System.Security.Cryptography;
using System.Text.Json;

namespace OrderFlow.DevHost.Configuration;

/// <summary>Keys generated on first run and kept under .orderflow/, so they stay the same from run to run.</summary>
sealed record LocalSecrets(string HostKey, string FinanceKey, string LinksSigningKey)
{
    public static LocalSecrets LoadOrCreate(string path)
    {
        if (File.Exists(path) && JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path)) is { } existing)
        {
            return existing;
        }
        var created = new LocalSecrets(NewKey(), NewKey(), NewKey());
        File.WriteAllText(path, JsonSerializer.Serialize(created));
        return created;
    }

    static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
