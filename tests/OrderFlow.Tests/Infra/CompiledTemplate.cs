using System.Text.Json.Nodes;

namespace OrderFlow.Tests.Infra;

/// <summary>
/// infra/main.bicep compiled once per test run to ARM JSON, with every resource of every nested module flattened
/// into one list (the top level uses symbolic names, modules use arrays).
/// </summary>
sealed class CompiledTemplate
{
    static readonly Lazy<Task<CompiledTemplate>> Instance = new(BuildAsync);

    CompiledTemplate(BicepRun build, JsonNode json)
    {
        Build = build;
        Json = json;
        Resources = [.. Walk(json).Where(r => r["existing"]?.GetValue<bool>() != true)];
    }

    public BicepRun Build { get; }

    public JsonNode Json { get; }

    public IReadOnlyList<JsonObject> Resources { get; }

    public string Text => Json.ToJsonString();

    public static Task<CompiledTemplate> GetAsync() => Instance.Value;

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    static async Task<CompiledTemplate> BuildAsync()
    {
        var build = await BicepCli.RunAsync("build", RepositoryFiles.PathOf("infra", "main.bicep"), "--stdout");
        return new CompiledTemplate(build, JsonNode.Parse(build.Output) ?? throw new InvalidOperationException("bicep build printed no template."));
    }

    static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue && o["apiVersion"] is JsonValue => [o, .. o.SelectMany(p => Walk(p.Value))],
        JsonObject o => o.SelectMany(p => Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
