using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Security;

/// <summary>A secret that seals stored data, and the one it replaced while rotating ("Previous" + its name).</summary>
public sealed class SealingKeys
{
    public const int MinLength = 32;

    public string Key { get; set; } = "";

    public string? PreviousKey { get; set; }
}

public static class SealingKeysServiceCollectionExtensions
{
    /// <summary>
    /// Reads <paramref name="setting"/> (e.g. "OrderFlow:Surveys:AnswerKey") and its "Previous…" sibling, checked at
    /// start, and answers the name to build a <see cref="SealedBox"/> from with <see cref="SealedBoxFor"/>.
    /// </summary>
    public static IServiceCollection AddSealingKeys(this IServiceCollection services, string setting)
    {
        var cut = setting.LastIndexOf(':') + 1;
        var previous = setting[..cut] + "Previous" + setting[cut..];
        services.AddOptions<SealingKeys>(setting)
            .Configure<IConfiguration>((keys, configuration) =>
            {
                keys.Key = configuration[setting] ?? "";
                keys.PreviousKey = configuration[previous];
            })
            .Validate(keys => keys.Key.Length >= SealingKeys.MinLength, $"{setting} ({SealingKeys.MinLength}+ characters of secret) is required.")
            .ValidateOnStart();
        return services;
    }

    public static SealedBox SealedBoxFor(this IServiceProvider provider, string setting, string purpose)
    {
        var keys = provider.GetRequiredService<IOptionsMonitor<SealingKeys>>().Get(setting);
        return new SealedBox(purpose, keys.Key, keys.PreviousKey);
    }
}
