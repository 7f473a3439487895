using System.Reflection;

namespace OrderFlow.DevHost;

/// <summary>
/// A functions assembly registers its services in a public static
/// <c>ConfigureFunctionServices(IServiceCollection, IConfiguration)</c>, which its own Program.cs calls too.
/// DevHost finds it by that name, so the app needs no reference to DevHost.
/// </summary>
static class FunctionServicesConvention
{
    public const string MethodName = "ConfigureFunctionServices";

    public static void Apply(Assembly assembly, IServiceCollection services, IConfiguration configuration)
    {
        var methods = (
            from type in assembly.GetExportedTypes()
            let method = type.GetMethod(MethodName, BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection), typeof(IConfiguration)])
            where method is not null
            select method).ToList();
        if (methods.Count > 1)
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} has {methods.Count} {MethodName} methods; keep one.");
        }
        methods.SingleOrDefault()?.Invoke(null, [services, configuration]);
    }
}
