using Microsoft.AspNetCore.Http;

namespace OrderFlow.DevHost.Invocation;

/// <summary>What one invocation brings: the trigger's payload and, for HTTP, the request.</summary>
sealed record InvocationContext(object? TriggerPayload, HttpContext? Http, CancellationToken CancellationToken)
{
    public static InvocationContext ForHttp(HttpContext http) => new(http.Request, http, http.RequestAborted);

    public static InvocationContext ForTrigger(object? payload, CancellationToken cancellationToken) => new(payload, null, cancellationToken);
}
