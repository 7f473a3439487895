using System.Text.Json.Nodes;

namespace OrderFlow.IntegrationTests.Fixtures;

/// <summary>
/// DevHost's demo data without its demo orders: the catalogue, stock, customers and employees, for tests that count
/// every order they see and so must place all of them themselves.
/// </summary>
static class DemoCatalogue
{
    static readonly Lazy<string> File = new(() =>
    {
        var demo = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-data.json")))!;
        var requests = demo["requests"]!.AsArray().Where(r => (string?)r!["method"] == "PUT").Select(r => r!.DeepClone());
        var path = Path.Combine(Path.GetTempPath(), $"orderflow-demo-catalogue-{Environment.ProcessId}.json");
        System.IO.File.WriteAllText(path, new JsonObject { ["requests"] = new JsonArray([.. requests]) }.ToJsonString());
        return path;
    });

    public static string FilePath => File.Value;
}
