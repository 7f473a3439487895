using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Security;

public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddSignedLinks(this IServiceCollection services)
    {
        services.AddOptions<LinkOptions>()
            .BindConfiguration(LinkOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.PublicBaseUrl = configuration[LinkOptions.PublicBaseUrlSetting] ?? "")
            .Validate(o => o.IsValid, $"{LinkOptions.Section}:SigningKey (32+ characters) and {LinkOptions.PublicBaseUrlSetting} (an absolute http(s) URL) are required.")
            .ValidateOnStart();
        services.AddSingleton<SignedLinks>();
        services.AddSingleton<KeyedIds>();
        return services;
    }

    /// <summary>The app does not start while any setting is an unresolved Key Vault reference.</summary>
    public static IServiceCollection AddUnresolvedReferenceCheck(this IServiceCollection services)
    {
        services.AddOptions<ResolvedSettings>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResolvedSettings>, UnresolvedReferenceCheck>();
        return services;
    }
}
