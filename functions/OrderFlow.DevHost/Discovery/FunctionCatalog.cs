using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.DevHost.Discovery;

/// <summary>Every [Function] of one functions assembly, validated against what DevHost can serve.</summary>
sealed class FunctionCatalog
{
    FunctionCatalog(Assembly assembly, IReadOnlyList<FunctionDescriptor> functions)
    {
        Assembly = assembly;
        Functions = functions;
    }

    public Assembly Assembly { get; }

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public IEnumerable<FunctionDescriptor> OfKind(TriggerKind kind) => Functions.Where(f => f.Kind == kind);

    public FunctionDescriptor? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static FunctionCatalog Discover(Assembly assembly) => Discover(assembly, assembly.GetTypes());

    public static FunctionCatalog Discover(Assembly assembly, IEnumerable<Type> types)
    {
        var problems = new List<string>();
        var functions = new List<FunctionDescriptor>();
        foreach (var (method, attribute) in FunctionMethods(types))
        {
            var descriptor = FunctionBindingReader.Read(attribute.Name, method, problems);
            if (descriptor is not null)
            {
                functions.Add(descriptor);
            }
        }
        foreach (var duplicate in functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"function '{duplicate.Key}': the name is used by {duplicate.Count()} methods.");
        }
        return problems.Count > 0 ? throw new FunctionDiscoveryException(problems) : new FunctionCatalog(assembly, functions);
    }

    static IEnumerable<(MethodInfo Method, FunctionAttribute Attribute)> FunctionMethods(IEnumerable<Type> types) =>
        from type in types
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<FunctionAttribute>()
        where attribute is not null
        orderby attribute.Name
        select (method, attribute);
}
