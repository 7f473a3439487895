using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace OrderFlow.Functions.Access;

/// <summary>The access check in the Functions worker: every HTTP invocation passes it; other triggers are not asked.</summary>
public sealed class AccessMiddleware(AccessCheck check) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http && !await check.AdmitAsync(http, context.FunctionDefinition.Name))
        {
            return;
        }
        await next(context);
    }
}
