using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.Functions.OpenApi;

public sealed class OpenApiFunction(JsonObject document)
{
    [Function("OpenApiDocument")]
    [Description("The OpenAPI 3.0 document of every HTTP function in this app.")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request) =>
        TypedResults.Text(document.ToJsonString(), "application/json");
}
