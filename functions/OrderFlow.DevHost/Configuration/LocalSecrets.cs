using System.Security.Cryptography;
using System.Text.Json;

namespace OrderFlow.DevHost.Configuration;

/// <summary>
/// Keys generated on first run and kept under .orderflow/, so they stay the same from run to run. A key added in a
/// later version is generated into an existing file, keeping the others.
/// </summary>
sealed record LocalSecrets(string HostKey, string FinanceKey, string LinksSigningKey, string AnswerKey, string NotesKey, string SessionKey)
{
    public static LocalSecrets LoadOrCreate(string path)
    {
        var existing = File.Exists(path) ? JsonSerializer.Deserialize<LocalSecrets>(File.ReadAllText(path)) : null;
        var secrets = new LocalSecrets(
            OrNew(existing?.HostKey), OrNew(existing?.FinanceKey), OrNew(existing?.LinksSigningKey), OrNew(existing?.AnswerKey), OrNew(existing?.NotesKey), OrNew(existing?.SessionKey));
        if (secrets != existing)
        {
            File.WriteAllText(path, JsonSerializer.Serialize(secrets));
        }
        return secrets;
    }

    static string OrNew(string? key) => string.IsNullOrEmpty(key) ? NewKey() : key;

    static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
