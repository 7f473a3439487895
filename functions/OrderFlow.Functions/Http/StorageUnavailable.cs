using System.Globalization;
using Azure;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Access;
using OrderFlow.Functions.Access;
using OrderFlow.Functions.Pages;

namespace OrderFlow.Functions.Http;

/// <summary>
/// The answer of an HTTP function whose storage stayed away through the storage client's own retries (throttled,
/// failing, unreachable, or silent past its network timeout): 503 with Retry-After rather than a 500, so the caller
/// repeats the request. API callers get problem+json; a back-office page gets a page in its layout. Queue and timer
/// functions are never answered here: they throw, and their queue or schedule tries again.
/// </summary>
public static partial class StorageUnavailable
{
    public const int RetryAfterSeconds = 5;
    public const string Title = "Storage is briefly unavailable.";
    public const string Detail = "OrderFlow's storage was busy or did not answer, so the request was not completed. "
        + "Repeat it after the Retry-After seconds: an order sent again is recognised as the same order and accepted once.";

    /// <summary>Whether <paramref name="exception"/> is storage being away rather than a fault of the app or of the request.</summary>
    public static bool Caused(Exception exception, bool requestAborted) => exception switch
    {
        // 0: no answer at all (connection refused or dropped); 408 and 5xx: the service's own timeouts and failures.
        RequestFailedException failed => failed.Status is 0 or 408 or >= 500,
        // The storage client's "Retry failed after N tries", holding each try's error.
        AggregateException tries => tries.InnerExceptions.Count > 0 && tries.InnerExceptions.All(inner => Caused(inner, requestAborted)),
        // A call the storage client gave up on (its network timeout) ends as a cancellation that nobody asked for.
        OperationCanceledException => !requestAborted,
        // The task hub's endpoint (the Durable client's gRPC server) unreachable or silent.
        RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded,
        _ => false,
    };

    /// <summary>The 503 for a request to <paramref name="functionName"/>, or null when <paramref name="exception"/> is something else.</summary>
    public static IResult? AnswerFor(Exception exception, HttpContext http, string functionName)
    {
        if (!Caused(exception, http.RequestAborted.IsCancellationRequested))
        {
            return null;
        }
        var answer = AccessTable.For(functionName)?.Kind == AccessKind.Page
            ? Page(http)
            : Problems.Status(StatusCodes.Status503ServiceUnavailable, Title, Detail);
        return new RetryLater(answer);
    }

    /// <summary>Each host that answers with the 503 logs what storage said, as a warning: the caller was told to repeat.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP function {Function} answered 503: storage is unavailable")]
    public static partial void Log(ILogger logger, Exception exception, string function);

    static HtmlPage Page(HttpContext http) => HtmlPage.BackOffice(
        StatusCodes.Status503ServiceUnavailable,
        Layout.Render("Storage is briefly unavailable", http.Viewer(), "",
            "<p role=\"alert\">OrderFlow's storage was busy or did not answer, so this was not completed.</p>"
            + $"<p>Try again in {RetryAfterSeconds} seconds: reload the page, or go back and send the form again.</p>"));

    sealed class RetryLater(IResult answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return answer.ExecuteAsync(httpContext);
        }
    }
}
