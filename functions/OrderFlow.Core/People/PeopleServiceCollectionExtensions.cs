using Microsoft.Extensions.DependencyInjection;

namespace OrderFlow.Core.People;

public static class PeopleServiceCollectionExtensions
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<EmployeeDirectory>();
        services.AddSingleton<EmployeeImport>();
        return services;
    }
}
