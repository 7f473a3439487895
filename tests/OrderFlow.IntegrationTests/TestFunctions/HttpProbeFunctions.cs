using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace OrderFlow.IntegrationTests.TestFunctions;

public sealed class HttpProbeFunctions
{
    [Function("ProbePing")]
    public IResult Ping([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/probe/ping")] HttpRequest request) =>
        TypedResults.Ok(new { pong = true });

    [Function("ProbeSecured")]
    public IResult Secured([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/probe/items/{id:int}")] HttpRequest request, int id) =>
        TypedResults.Ok(new { id });

    [Function("ProbeEcho")]
    public async Task<IResult> EchoAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/probe/echo")] HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return TypedResults.Text(await reader.ReadToEndAsync(cancellationToken), "text/plain");
    }

    [Function("ProbeFailure")]
    public IResult Fail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/probe/failure")] HttpRequest request) =>
        throw new InvalidOperationException("secret detail that must not leak");
}
