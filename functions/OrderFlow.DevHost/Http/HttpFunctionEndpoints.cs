using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Invocation;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Http;

namespace OrderFlow.DevHost.Http;

/// <summary>
/// Maps every HTTP function to its route under the host.json route prefix, with the host's key checks and then the
/// app's own access check and storage-outage answer, which the Functions worker runs as middleware in Azure.
/// </summary>
static partial class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        foreach (var function in catalog.OfKind(TriggerKind.Http))
        {
            var trigger = (HttpTriggerAttribute)function.Trigger;
            var route = trigger.Route ?? function.Name;
            var pattern = "/" + string.Join('/', new[] { routePrefix, route }.Where(s => s.Length > 0));
            RequestDelegate handler = http => HandleAsync(http, function, trigger.AuthLevel, route);
            var builder = trigger.Methods is { Length: > 0 } methods
                ? endpoints.MapMethods(pattern, methods.Select(m => m.ToUpperInvariant()), handler)
                : endpoints.Map(pattern, handler);
            builder.WithDisplayName(function.Name);
        }
    }

    static async Task HandleAsync(HttpContext http, FunctionDescriptor function, AuthorizationLevel level, string route)
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<FunctionKeys>().Authorizes(level, route, http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (services.GetService<AccessCheck>() is { } access && !await access.AdmitAsync(http, function.Name))
        {
            return;
        }
        try
        {
            var result = (IResult?)await services.GetRequiredService<FunctionInvoker>().InvokeAsync(function, InvocationContext.ForHttp(http));
            await (result ?? Results.NoContent()).ExecuteAsync(http);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OrderFlow.DevHost.Http");
            // What the app's worker middleware answers in Azure: storage away is a 503 to repeat.
            if (StorageUnavailable.AnswerFor(ex, http, function.Name) is { } unavailable)
            {
                StorageUnavailable.Log(logger, ex, function.Name);
                await unavailable.ExecuteAsync(http);
                return;
            }
            // As on Azure: any other unhandled exception is a 500 without details; the log has them.
            LogFunctionFailed(logger, ex, function.Name);
            await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The function failed.").ExecuteAsync(http);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "HTTP function {Function} failed")]
    static partial void LogFunctionFailed(ILogger logger, Exception exception, string function);
}
