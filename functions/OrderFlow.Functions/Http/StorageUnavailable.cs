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
/// repeats the request. API callers get problem+json; a back-office page gets a page in its layout, a person's browser
/// on a signed-link page a plain page. Queue and timer functions are never answered here: they throw, and their queue
/// or schedule tries again.
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
        // The task hub's endpoint (the Durable client's gRPC server) unreachable or silent, or failing to store or read
        // the task hub: the Functions host answers a start it could not store Internal, any other failed call Unknown.
        // Its refusals of the call itself have codes of their own (AlreadyExists, NotFound, FailedPrecondition).
        RpcException rpc => rpc.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unknown or StatusCode.Internal,
        _ => false,
    };

    /// <summary>The 503 for a request to <paramref name="functionName"/>, or null when <paramref name="exception"/> is something else.</summary>
    public static IResult? AnswerFor(Exception exception, HttpContext http, string functionName)
    {
        if (!Caused(exception, http.RequestAborted.IsCancellationRequested))
        {
            return null;
        }
        IResult answer = AccessTable.For(functionName)?.Kind switch
        {
            AccessKind.Page => Page(http),
            AccessKind.Open when WantsPage(http.Request) => LinkPage(),
            _ => Problems.Status(StatusCodes.Status503ServiceUnavailable, Title, Detail),
        };
        return new RetryLater(answer);
    }

    /// <summary>
    /// A person's browser on an open route (the signed-link pages: survey answers, an approver's confirm page, a
    /// meeting page) asks for HTML; a shop's webhook or a script does not.
    /// </summary>
    static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Each host that answers with the 503 logs what storage said, as a warning: the caller was told to repeat.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP function {Function} answered 503: storage is unavailable")]
    public static partial void Log(ILogger logger, Exception exception, string function);

    const string PageTitle = "Storage is briefly unavailable";
    static readonly string PageText = "<p role=\"alert\">OrderFlow's storage was busy or did not answer, so this was not completed.</p>"
        + $"<p>Try again in {RetryAfterSeconds} seconds: reload the page, or go back and send the form again.</p>";

    static HtmlPage Page(HttpContext http) =>
        HtmlPage.BackOffice(StatusCodes.Status503ServiceUnavailable, Layout.Render(PageTitle, http.Viewer(), "", PageText));

    /// <summary>The same words on a page reached by a secret link: no layout (nobody is signed in), nothing sent on.</summary>
    static HtmlPage LinkPage() => new(
        StatusCodes.Status503ServiceUnavailable,
        HtmlPage.Document(PageTitle, $"<h1>{PageTitle}</h1>{PageText}", "body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}"));

    sealed class RetryLater(IResult answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return answer.ExecuteAsync(httpContext);
        }
    }
}
