using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.Access;

public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>()
            .BindConfiguration(AccessOptions.Section)
            .Validate(o => o.IsValid, $"{AccessOptions.Section}: LoginPath must be a local path; each key's Roles must name known roles.")
            .ValidateOnStart();
        services.AddSingleton<AccessKeys>();
        return services;
    }
}
