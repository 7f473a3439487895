using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.Functions.OpenApi;

/// <summary>
/// Builds the OpenAPI document from the HTTP functions present in an assembly, so the document
/// can never list a route the app does not serve, nor miss one it does.
/// </summary>
public static partial class OpenApiDocumentBuilder
{
    const string KeySchemeHeader = "functionKeyHeader";
    const string KeySchemeQuery = "functionKeyQuery";

    public static JsonObject Build(Assembly functionsAssembly, string routePrefix)
    {
        var paths = new JsonObject();
        foreach (var (function, trigger, method) in HttpFunctions(functionsAssembly).OrderBy(f => f.Trigger.Route, StringComparer.Ordinal))
        {
            var template = RouteTemplate(routePrefix, trigger.Route ?? function.Name);
            var path = paths[template] as JsonObject ?? new JsonObject();
            paths[template] = path;
            foreach (var verb in trigger.Methods ?? ["get", "post", "put", "delete", "patch"])
            {
                path[verb.ToLowerInvariant()] = Operation(function.Name, trigger, method, trigger.Route ?? function.Name);
            }
        }
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "OrderFlow API", ["version"] = "1.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["securitySchemes"] = SecuritySchemes() },
        };
    }

    static IEnumerable<(FunctionAttribute Function, HttpTriggerAttribute Trigger, MethodInfo Method)> HttpFunctions(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where trigger is not null
        select (function, trigger, method);

    static JsonObject Operation(string functionName, HttpTriggerAttribute trigger, MethodInfo method, string route)
    {
        var operation = new JsonObject
        {
            ["operationId"] = functionName,
            ["summary"] = method.GetCustomAttribute<DescriptionAttribute>()?.Description ?? functionName,
            ["responses"] = new JsonObject { ["default"] = new JsonObject { ["description"] = "See the summary; errors are application/problem+json." } },
        };
        var parameters = new JsonArray();
        foreach (var name in RouteParameters(route))
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        }
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }
        if (trigger.AuthLevel != AuthorizationLevel.Anonymous)
        {
            operation["security"] = new JsonArray(
                new JsonObject { [KeySchemeHeader] = new JsonArray() },
                new JsonObject { [KeySchemeQuery] = new JsonArray() });
        }
        return operation;
    }

    static JsonObject SecuritySchemes() => new()
    {
        [KeySchemeHeader] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
        [KeySchemeQuery] = new JsonObject { ["type"] = "apiKey", ["in"] = "query", ["name"] = "code" },
    };

    /// <summary>"orders/{id:guid}" becomes "/api/orders/{id}": OpenAPI has no route constraints.</summary>
    static string RouteTemplate(string routePrefix, string route)
    {
        var plain = RouteParameterPattern().Replace(route, m => "{" + m.Groups["name"].Value + "}");
        return "/" + string.Join('/', new[] { routePrefix, plain }.Where(s => s.Length > 0));
    }

    static IEnumerable<string> RouteParameters(string route) =>
        RouteParameterPattern().Matches(route).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameterPattern();
}
