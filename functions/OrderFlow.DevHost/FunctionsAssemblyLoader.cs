using System.Reflection;
using System.Runtime.Loader;

namespace OrderFlow.DevHost;

/// <summary>
/// Loads another functions assembly with its own dependencies; the types DevHost binds to (worker attributes,
/// Durable Task, ASP.NET Core) come from DevHost's copies so they are the same types.
/// </summary>
static class FunctionsAssemblyLoader
{
    public static Assembly Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var resolver = new AssemblyDependencyResolver(fullPath);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            resolver.ResolveAssemblyToPath(name) is { } dependency ? context.LoadFromAssemblyPath(dependency) : null;
        return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
