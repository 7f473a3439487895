using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.OpenApi;

/// <summary>
/// Builds the OpenAPI document from the HTTP functions under api/ in an assembly, so the document can never list an
/// API route the app does not serve, nor miss one it does. Back-office pages and their assets are not the API.
/// </summary>
public static partial class OpenApiDocumentBuilder
{
    const string KeySchemeHeader = "functionKeyHeader";
    const string KeySchemeQuery = "functionKeyQuery";

    const string ApiRoot = "api/";

    /// <param name="takesKey">Whether the app's own access check opens a function to a key (its host auth level is then anonymous).</param>
    public static JsonObject Build(Assembly functionsAssembly, string routePrefix, Func<string, bool>? takesKey = null)
    {
        var paths = new JsonObject();
        var apiFunctions = HttpFunctions(functionsAssembly)
            .Where(f => routePrefix.Length > 0 || (f.Trigger.Route ?? f.Function.Name).StartsWith(ApiRoot, StringComparison.Ordinal))
            .OrderBy(f => f.Trigger.Route, StringComparer.Ordinal);
        foreach (var (function, trigger, method) in apiFunctions)
        {
            var template = RouteTemplate(routePrefix, trigger.Route ?? function.Name);
            var path = paths[template] as JsonObject ?? new JsonObject();
            paths[template] = path;
            foreach (var verb in trigger.Methods ?? ["get", "post", "put", "delete", "patch"])
            {
                var keyed = trigger.AuthLevel != AuthorizationLevel.Anonymous || takesKey?.Invoke(function.Name) == true;
                path[verb.ToLowerInvariant()] = Operation(function.Name, method, trigger.Route ?? function.Name, keyed);
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

    static JsonObject Operation(string functionName, MethodInfo method, string route, bool keyed)
    {
        var operation = new JsonObject
        {
            ["operationId"] = functionName,
            ["summary"] = method.GetCustomAttribute<DescriptionAttribute>()?.Description ?? functionName,
            ["responses"] = Responses(method),
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
        if (keyed)
        {
            operation["security"] = new JsonArray(
                new JsonObject { [KeySchemeHeader] = new JsonArray() },
                new JsonObject { [KeySchemeQuery] = new JsonArray() });
        }
        return operation;
    }

    /// <summary>
    /// A function that awaits anything awaits storage or the task hub, so it may answer <see cref="StorageUnavailable"/>'s
    /// 503; one that awaits nothing (this document) cannot.
    /// </summary>
    static JsonObject Responses(MethodInfo method)
    {
        var responses = new JsonObject { ["default"] = new JsonObject { ["description"] = "See the summary; errors are application/problem+json." } };
        if (typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            responses["503"] = new JsonObject
            {
                ["description"] = $"{StorageUnavailable.Title} Nothing was done: repeat the request after the Retry-After seconds.",
                ["headers"] = new JsonObject
                {
                    ["Retry-After"] = new JsonObject
                    {
                        ["description"] = $"Seconds to wait before repeating the request ({StorageUnavailable.RetryAfterSeconds}).",
                        ["schema"] = new JsonObject { ["type"] = "integer" },
                    },
                },
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
            };
        }
        return responses;
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
