using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Http;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Admin;

/// <summary>
/// POST /admin/functions/{name} with the host key runs a timer or queue function now, as the Functions host's
/// admin API does; body {"input": "..."} is the queue message. Answers 202 and runs in the background.
/// </summary>
static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/functions/{name}", RunAsync);

    static async Task<IResult> RunAsync(string name, HttpRequest request, FunctionCatalog catalog, FunctionKeys keys, BackgroundInvocations background)
    {
        if (!keys.IsHostKey(request))
        {
            return Results.Unauthorized();
        }
        var function = catalog.Find(name);
        if (function is null)
        {
            return Results.NotFound();
        }
        if (function.Kind is not (TriggerKind.Timer or TriggerKind.Queue))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Only timer and queue functions can be run through the admin API.",
                detail: $"'{function.Name}' is a {function.Kind} function.");
        }
        var input = await ReadInputAsync(request);
        if (input.Error is not null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["input"] = [input.Error] });
        }
        background.Run(function, Payload(function, input.Value));
        return Results.Accepted();
    }

    static object Payload(FunctionDescriptor function, string? input) => function.Kind == TriggerKind.Timer
        ? new TimerInfo { IsPastDue = false }
        : QueuesModelFactory.QueueMessage(Guid.NewGuid().ToString(), "admin", BinaryData.FromString(input ?? ""), dequeueCount: 1);

    static async Task<(string? Value, string? Error)> ReadInputAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Body.CanSeek && request.ContentType is null))
        {
            return (null, null);
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object such as {\"input\": \"...\"}.");
            }
            return document.RootElement.TryGetProperty("input", out var value)
                ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), null)
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.");
        }
    }
}
