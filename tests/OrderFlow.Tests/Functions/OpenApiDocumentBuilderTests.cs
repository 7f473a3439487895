using System.Text.Json.Nodes;
using OrderFlow.Functions;
using OrderFlow.Functions.OpenApi;

namespace OrderFlow.Tests.Functions;

public class OpenApiDocumentBuilderTests
{
    [Fact]
    public void Build_ProductAssembly_ListsEachHttpFunctionUnderRoutePrefix()
    {
        var document = OpenApiDocumentBuilder.Build(typeof(OrderFlowFunctionServices).Assembly, "api");

        Assert.Equal("3.0.3", (string?)document["openapi"]);
        Assert.Equal("Health", (string?)document["paths"]!["/api/health"]!["get"]!["operationId"]);
        Assert.NotNull(document["paths"]!["/api/openapi.json"]!["get"]);
    }

    [Fact]
    public void Build_KeyedFunctionWithRouteConstraint_HasPathParameterAndKeySecurity()
    {
        var document = OpenApiDocumentBuilder.Build(typeof(OpenApiDocumentBuilderTests).Assembly, "api");

        var operation = document["paths"]!["/api/items/{id}"]!["get"]!.AsObject();
        Assert.Equal("id", (string?)operation["parameters"]![0]!["name"]);
        Assert.Equal("path", (string?)operation["parameters"]![0]!["in"]);
        Assert.Equal(2, operation["security"]!.AsArray().Count);
        Assert.Equal("x-functions-key", (string?)document["components"]!["securitySchemes"]!["functionKeyHeader"]!["name"]);
    }

    [Fact]
    public void Build_AnonymousFunction_HasNoSecurity()
    {
        var document = OpenApiDocumentBuilder.Build(typeof(OrderFlowFunctionServices).Assembly, "api");

        Assert.Null(document["paths"]!["/api/health"]!["get"]!.AsObject()["security"]);
    }

    [Fact]
    public void Read_RoutePrefixFromHostJson_DefaultsToApi()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, JsonNode.Parse("""{"extensions":{"http":{"routePrefix":"v2"}}}""")!.ToJsonString());

        Assert.Equal("v2", HostJsonRoutePrefix.Read(path));
        Assert.Equal("api", HostJsonRoutePrefix.Read(path + ".missing"));
        File.Delete(path);
    }
}
