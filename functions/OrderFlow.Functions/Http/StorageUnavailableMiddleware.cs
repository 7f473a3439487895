using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace OrderFlow.Functions.Http;

/// <summary>
/// In the Functions worker, turns an HTTP function's storage outage into <see cref="StorageUnavailable"/>'s 503
/// (DevHost does the same where it answers a failed function). Anything else, and every other trigger, still throws.
/// </summary>
public sealed class StorageUnavailableMiddleware(ILogger<StorageUnavailableMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http
            && StorageUnavailable.AnswerFor(ex, http, context.FunctionDefinition.Name) is { } answer)
        {
            StorageUnavailable.Log(logger, ex, context.FunctionDefinition.Name);
            await answer.ExecuteAsync(http);
        }
    }
}
