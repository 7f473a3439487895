using System.Text.Json.Nodes;
using OrderFlow.Functions;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;
using OrderFlow.Functions.OpenApi;

namespace OrderFlow.Tests.Functions;

public class OpenApiDocumentBuilderTests
{
    static readonly string RepositoryHostJson = Path.Combine(AppContext.BaseDirectory, "host.json");

    // Every API path: those served under routePrefix "api" before routes named api/ themselves (none may move), and
    // the approval links, the order import, the early close of a survey round and refunds added since.
    static readonly string[] ApiPaths =
    [
        "/api/a/{token}", "/api/credit-notes/{number}", "/api/customers/{id}", "/api/customers/{id}/orders", "/api/dashboard", "/api/employees/import",
        "/api/employees/{id}", "/api/engagement/dashboard", "/api/enps", "/api/health", "/api/inventory", "/api/inventory/{sku}/{warehouse}",
        "/api/invoices", "/api/invoices/{number}", "/api/m/{token}", "/api/one-on-ones", "/api/one-on-ones/{id}", "/api/one-on-ones/{id}/skip",
        "/api/openapi.json", "/api/orders", "/api/orders/import", "/api/orders/{id}", "/api/orders/{id}/approve", "/api/orders/{id}/cancel", "/api/orders/{id}/delivery",
        "/api/orders/{id}/delivery-problems", "/api/orders/{id}/delivery-problems/resolve",
        "/api/orders/{id}/fulfilment", "/api/orders/{id}/payments", "/api/orders/{id}/refunds", "/api/orders/{id}/reject", "/api/orders/{id}/retry", "/api/orders/{id}/shipments",
        "/api/products/{sku}", "/api/reports/orders", "/api/reports/receivables", "/api/s/{token}", "/api/surveys", "/api/surveys/{id}",
        "/api/surveys/{id}/results", "/api/surveys/{id}/rounds", "/api/surveys/{id}/rounds/{roundId}/close", "/api/webhooks/orders", "/api/webhooks/shopify", "/api/webhooks/woocommerce",
    ];

    static JsonObject ProductDocument() =>
        OpenApiDocumentBuilder.Build(typeof(OrderFlowFunctionServices).Assembly, HostJsonRoutePrefix.Read(RepositoryHostJson), AccessTable.TakesKey);

    [Fact]
    public void Build_RepositoryHostJson_ListsTheSameApiPathsAndNoPages()
    {
        var document = ProductDocument();

        Assert.Equal("", HostJsonRoutePrefix.Read(RepositoryHostJson));
        Assert.Equal("3.0.3", (string?)document["openapi"]);
        Assert.Equal(ApiPaths.Order(StringComparer.Ordinal), document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Health", (string?)document["paths"]!["/api/health"]!["get"]!["operationId"]);
    }

    [Fact]
    public void Build_RouteThatWaitsOnStorage_503WithRetryAfter()
    {
        var approve = ProductDocument()["paths"]!["/api/orders/{id}/approve"]!["post"]!["responses"]!["503"]!;

        Assert.Contains(StorageUnavailable.Title, (string?)approve["description"], StringComparison.Ordinal);
        Assert.Equal("integer", (string?)approve["headers"]!["Retry-After"]!["schema"]!["type"]);
        Assert.NotNull(approve["content"]!["application/problem+json"]);
    }

    [Fact]
    public void Build_TheDocumentItself_No503() =>
        Assert.Null(ProductDocument()["paths"]!["/api/openapi.json"]!["get"]!["responses"]!["503"]);

    [Fact]
    public void Build_RouteTheAccessCheckOpensToKeys_HasKeySecurity()
    {
        var document = ProductDocument();

        Assert.Equal(2, document["paths"]!["/api/orders/{id}"]!["get"]!["security"]!.AsArray().Count);
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
    public void Build_OpenFunction_HasNoSecurity()
    {
        var document = ProductDocument();

        Assert.Null(document["paths"]!["/api/health"]!["get"]!.AsObject()["security"]);
        Assert.Null(document["paths"]!["/api/webhooks/shopify"]!["post"]!.AsObject()["security"]);
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
