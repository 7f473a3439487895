using System.Text.Json.Nodes;

namespace OrderFlow.Functions.OpenApi;

/// <summary>Reads extensions.http.routePrefix from the deployed host.json, as the Functions host does.</summary>
public static class HostJsonRoutePrefix
{
    const string Default = "api";

    public static string Read() => Read(Path.Combine(AppContext.BaseDirectory, "host.json"));

    public static string Read(string hostJsonPath)
    {
        if (!File.Exists(hostJsonPath))
        {
            return Default;
        }
        var root = JsonNode.Parse(File.ReadAllText(hostJsonPath));
        return root?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? Default;
    }
}
