using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OrderFlow.TestSupport;

namespace OrderFlow.IntegrationTests.Faults;

/// <summary>
/// Storage that misbehaves on cue: a proxy between one DevHost and Azurite that answers chosen calls with an error
/// for a while, as Azure Storage does when it throttles (503 ServerBusy) or fails (500), or leaves them unanswered
/// (a hang), and delays every call when told to. Only the DevHost given <see cref="ConnectionString"/> sees the
/// faults; the test reads Azurite directly.
/// </summary>
sealed class StorageFaults : IAsyncDisposable
{
    StorageProxyHost host = null!;
    volatile Outage? outage;
    volatile CrashPoint? crashPoint;
    int failed;
    int held;
    int givenUp;

    /// <summary>Added to every call before it is forwarded.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>How many calls were answered with an injected error: a scenario whose fault hit nothing proves nothing.</summary>
    public int Failed => failed;

    /// <summary>How many calls a hang held.</summary>
    public int Held => held;

    /// <summary>How many held calls their client gave up on (its network timeout) before the hang dropped them.</summary>
    public int GivenUp => givenUp;

    public string ConnectionString => host.ConnectionString;

    /// <summary>The Azurite behind the proxy, for reads that are no part of the scenario.</summary>
    public string Upstream { get; private init; } = "";

    public static async Task<StorageFaults> StartAsync(string azurite)
    {
        var faults = new StorageFaults { Upstream = azurite };
        faults.host = await StorageProxyHost.StartAsync(azurite, faults.HandleAsync);
        return faults;
    }

    /// <summary>Answers the calls <paramref name="which"/> picks with <paramref name="status"/> from now for <paramref name="length"/>.</summary>
    public Task OutageAsync(Func<StorageCall, bool> which, HttpStatusCode status, TimeSpan length)
    {
        var now = new Outage(which, Refusing(status), length);
        outage = now;
        return now.BeginAsync();
    }

    /// <summary>Ends the outage or hang now, before its length is over: storage is back.</summary>
    public void EndOutage() => outage = null;

    /// <summary>
    /// Holds each call <paramref name="which"/> picks from now for <paramref name="length"/> unanswered, until its
    /// client gives up or <paramref name="hold"/> passes and the connection drops: storage that stops answering. The
    /// calls are never forwarded, or, when <paramref name="lands"/>, forwarded and stored with their answer lost.
    /// Completes when the window is over (calls held by then may still be held).
    /// </summary>
    public Task HangAsync(Func<StorageCall, bool> which, TimeSpan length, TimeSpan hold, bool lands = false)
    {
        var now = new Outage(which, (context, _, forward) => HoldAsync(context, hold, lands ? forward : null), length);
        outage = now;
        return now.BeginAsync();
    }

    /// <summary>
    /// Answers the calls <paramref name="which"/> picks with <paramref name="status"/> for <paramref name="length"/>
    /// from the first such call on: a fault at a chosen point. Completes when the outage is over.
    /// </summary>
    public Task OutageFromFirstAsync(Func<StorageCall, bool> which, HttpStatusCode status, TimeSpan length)
    {
        var armed = new Outage(which, Refusing(status), length);
        outage = armed;
        return armed.Over;
    }

    /// <summary>
    /// Holds the first call <paramref name="which"/> picks, unanswered and never forwarded, and answers it: the moment
    /// to kill the host, with what came before the call stored and the call itself not.
    /// </summary>
    public Task<StorageCall> HoldFirstAsync(Func<StorageCall, bool> which)
    {
        var point = new CrashPoint(which, Lands: false, new TaskCompletionSource<StorageCall>(TaskCreationOptions.RunContinuationsAsynchronously));
        crashPoint = point;
        return point.Seen.Task;
    }

    /// <summary>
    /// Forwards the first call <paramref name="which"/> picks and holds its answer, and answers it: the moment to kill
    /// the host, with the call stored and the host none the wiser.
    /// </summary>
    public Task<StorageCall> LandFirstAndHoldItsAnswerAsync(Func<StorageCall, bool> which)
    {
        var point = new CrashPoint(which, Lands: true, new TaskCompletionSource<StorageCall>(TaskCreationOptions.RunContinuationsAsynchronously));
        crashPoint = point;
        return point.Seen.Task;
    }

    async Task HandleAsync(HttpContext context, string service, Func<Task<Yarp.ReverseProxy.Forwarder.ForwarderError>> forward)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }
        var call = await StorageCall.OfAsync(service, context.Request);
        if (crashPoint is { } point && point.Which(call) && Interlocked.CompareExchange(ref crashPoint, null, point) == point)
        {
            if (point.Lands)
            {
                // The answer goes to a body that is never sent, and its status and headers wait for the handler to end.
                context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
                await forward();
            }
            point.Seen.TrySetResult(call);
            // The host dies before it hears back, and the call with it.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        if (outage is { } now && now.Which(call) && now.Hits())
        {
            await now.Answer(context, service, forward);
            return;
        }
        await forward();
    }

    StorageProxyHost.Handler Refusing(HttpStatusCode status) => (context, service, _) =>
    {
        Interlocked.Increment(ref failed);
        return RefuseAsync(context, service, status);
    };

    async Task HoldAsync(HttpContext context, TimeSpan hold, Func<Task<Yarp.ReverseProxy.Forwarder.ForwarderError>>? landFirst)
    {
        Interlocked.Increment(ref held);
        if (landFirst is not null)
        {
            // Stored, and the answer goes to a body that is never sent.
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
            await landFirst();
        }
        try
        {
            await Task.Delay(hold, context.RequestAborted);
            context.Abort();
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref givenUp);
        }
    }

    /// <summary>The error as Azure Storage words it: its code in x-ms-error-code and the body (JSON for tables, XML otherwise).</summary>
    static Task RefuseAsync(HttpContext context, string service, HttpStatusCode status)
    {
        var code = status == HttpStatusCode.ServiceUnavailable ? "ServerBusy" : "InternalError";
        const string message = "Injected by the fault proxy.";
        context.Response.StatusCode = (int)status;
        context.Response.Headers["x-ms-error-code"] = code;
        context.Response.ContentType = service == "Table" ? "application/json;odata=minimalmetadata" : "application/xml";
        var body = service == "Table"
            ? JsonSerializer.Serialize(new Dictionary<string, object> { ["odata.error"] = new { code, message = new { lang = "en-US", value = message } } })
            : $"""<?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code><Message>{message}</Message></Error>""";
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    sealed record CrashPoint(Func<StorageCall, bool> Which, bool Lands, TaskCompletionSource<StorageCall> Seen);

    /// <summary>
    /// A fault that lasts its length from its beginning: when started, or at the first call it picks. Each call it
    /// picks gets <see cref="Answer"/> (an error, or none) instead of storage's.
    /// </summary>
    sealed class Outage(Func<StorageCall, bool> which, StorageProxyHost.Handler answer, TimeSpan length)
    {
        readonly TaskCompletionSource over = new(TaskCreationOptions.RunContinuationsAsynchronously);
        int begun;
        DateTime ends = DateTime.MaxValue;

        public StorageProxyHost.Handler Answer => answer;

        public Task Over => over.Task;

        public bool Which(StorageCall call) => which(call);

        public Task BeginAsync()
        {
            if (Interlocked.Exchange(ref begun, 1) == 0)
            {
                ends = DateTime.UtcNow + length;
                _ = Task.Delay(length).ContinueWith(_ => over.TrySetResult(), TaskScheduler.Default);
            }
            return over.Task;
        }

        /// <summary>Whether a picked call falls in the outage, beginning it at the first.</summary>
        public bool Hits()
        {
            _ = BeginAsync();
            return DateTime.UtcNow < ends;
        }
    }
}
