using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Security;

/// <summary>What the start-up check of <see cref="UnresolvedReferenceCheck"/> validates: the settings as a whole.</summary>
public sealed class ResolvedSettings;

/// <summary>
/// In Azure every secret setting is a Key Vault reference that the platform replaces with the secret. One it could
/// not resolve reaches the app as its own text, "@Microsoft.KeyVault(SecretUri=...)": long enough for any length
/// check and known to anyone who knows the vault's name, so it would sign links and webhooks with a public value.
/// The app refuses to start instead, naming each such setting (any setting: a reference anywhere is a broken one).
/// </summary>
public sealed class UnresolvedReferenceCheck(IConfiguration configuration) : IValidateOptions<ResolvedSettings>
{
    const string Prefix = "@Microsoft.KeyVault(";

    public ValidateOptionsResult Validate(string? name, ResolvedSettings options)
    {
        var unresolved = configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return unresolved.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(unresolved.Select(key =>
                $"{key} ({key.Replace(":", "__", StringComparison.Ordinal)}) is an unresolved Key Vault reference: the secret is missing or the app's identity may not read it."));
    }
}
