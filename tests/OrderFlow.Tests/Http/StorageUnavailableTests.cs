using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Functions.Http;

namespace OrderFlow.Tests.Http;

public class StorageUnavailableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(408)]
    [InlineData(500)]
    [InlineData(503)]
    public void Caused_StorageAnsweredNothingOrFailed_True(int status) =>
        Assert.True(StorageUnavailable.Caused(new RequestFailedException(status, "storage"), requestAborted: false));

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public void Caused_StorageRefusedTheRequestItself_False(int status) =>
        Assert.False(StorageUnavailable.Caused(new RequestFailedException(status, "storage"), requestAborted: false));

    [Fact]
    public void Caused_RetriesThatAllFailedOnStorage_True() =>
        Assert.True(StorageUnavailable.Caused(
            new AggregateException(new RequestFailedException(503, "busy"), new TaskCanceledException("timed out")), requestAborted: false));

    [Fact]
    public void Caused_RetriesWithAFaultOfTheApp_False() =>
        Assert.False(StorageUnavailable.Caused(
            new AggregateException(new RequestFailedException(503, "busy"), new InvalidOperationException("bug")), requestAborted: false));

    [Fact]
    public void Caused_CancelledWhileTheCallerWaits_True() =>
        Assert.True(StorageUnavailable.Caused(new TaskCanceledException(), requestAborted: false));

    [Fact]
    public void Caused_CancelledBecauseTheCallerLeft_False() =>
        Assert.False(StorageUnavailable.Caused(new TaskCanceledException(), requestAborted: true));

    // What the Functions host's Durable extension answers: unreachable or silent; a start it could not store
    // (Internal); any other call whose task hub storage failed (Unknown); its refusals of the call itself.
    [Theory]
    [InlineData(StatusCode.Unavailable, true)]
    [InlineData(StatusCode.DeadlineExceeded, true)]
    [InlineData(StatusCode.Internal, true)]
    [InlineData(StatusCode.Unknown, true)]
    [InlineData(StatusCode.InvalidArgument, false)]
    [InlineData(StatusCode.AlreadyExists, false)]
    [InlineData(StatusCode.NotFound, false)]
    [InlineData(StatusCode.FailedPrecondition, false)]
    public void Caused_TaskHubEndpoint_WhenItsStorageFailedNotWhenItRefusedTheCall(StatusCode code, bool expected) =>
        Assert.Equal(expected, StorageUnavailable.Caused(new RpcException(new Status(code, "task hub")), requestAborted: false));

    [Fact]
    public void Caused_AFaultOfTheApp_False() =>
        Assert.False(StorageUnavailable.Caused(new InvalidOperationException("bug"), requestAborted: false));

    [Fact]
    public async Task Caused_RealClientAgainstStorageThatNeverAnswers_True()
    {
        // Accepts connections and never reads them: every call hangs until the client's network timeout.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var error = await Record.ExceptionAsync(() => Table(((IPEndPoint)silent.LocalEndpoint).Port).GetEntityIfExistsAsync<TableEntity>("p", "r"));

            Assert.NotNull(error);
            Assert.True(StorageUnavailable.Caused(error, requestAborted: false), error.ToString());
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Caused_RealClientAgainstStorageThatIsDown_True()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var error = await Record.ExceptionAsync(() => Table(port).GetEntityIfExistsAsync<TableEntity>("p", "r"));

        Assert.NotNull(error);
        Assert.True(StorageUnavailable.Caused(error, requestAborted: false), error.ToString());
    }

    [Fact]
    public async Task AnswerFor_ApiFunction_503ProblemJsonWithRetryAfter()
    {
        var (http, body) = await AnswerAsync(new RequestFailedException(503, "busy"), "GetOrder");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal(StorageUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), http.Response.Headers.RetryAfter.ToString());
        Assert.Contains(StorageUnavailable.Title, body, StringComparison.Ordinal);
        Assert.Contains("recognised as the same order", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerFor_BackOfficePage_503PageInTheLayoutWithRetryAfter()
    {
        var (http, body) = await AnswerAsync(new RequestFailedException(0, "refused"), "OrderPage");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.StartsWith("text/html", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal(StorageUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), http.Response.Headers.RetryAfter.ToString());
        Assert.Contains("<h1>Storage is briefly unavailable</h1>", body, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ShowSurveyForm")]
    [InlineData("DecideByApprovalLink")]
    [InlineData("PostMeetingPage")]
    public async Task AnswerFor_SignedLinkPageInABrowser_503PlainPageWithRetryAfter(string functionName)
    {
        var (http, body) = await AnswerAsync(new RpcException(new Status(StatusCode.Unknown, "task hub")), functionName, accept: "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.StartsWith("text/html", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal(StorageUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), http.Response.Headers.RetryAfter.ToString());
        Assert.Equal("no-referrer", http.Response.Headers["Referrer-Policy"].ToString());
        Assert.Contains("<h1>Storage is briefly unavailable</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to content", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PutMeetingPage", "application/json")]
    [InlineData("ShopifyWebhook", "*/*")]
    [InlineData("GetOrder", "text/html")]
    public async Task AnswerFor_NotAPersonOnALinkPage_503ProblemJson(string functionName, string accept)
    {
        var (http, _) = await AnswerAsync(new RequestFailedException(503, "busy"), functionName, accept);

        Assert.Equal("application/problem+json", http.Response.ContentType);
    }

    [Fact]
    public void AnswerFor_AFaultOfTheApp_NoneSoItStaysA500() =>
        Assert.Null(StorageUnavailable.AnswerFor(new InvalidOperationException("bug"), Context(), "GetOrder"));

    /// <summary>A real table client with two tries of 300 ms each, so that a silent server fails it within a second.</summary>
    static TableClient Table(int port) => new(
        new Uri($"http://127.0.0.1:{port}/devstoreaccount1/probe"),
        new TableClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(10), NetworkTimeout = TimeSpan.FromMilliseconds(300) } });

    static DefaultHttpContext Context()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        return http;
    }

    static async Task<(HttpContext Http, string Body)> AnswerAsync(Exception exception, string functionName, string? accept = null)
    {
        var http = Context();
        http.Request.Headers.Accept = accept;
        var answer = StorageUnavailable.AnswerFor(exception, http, functionName);
        Assert.NotNull(answer);
        await answer.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
