using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OrderFlow.TestSupport;
using Yarp.ReverseProxy.Forwarder;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>A counting proxy in front of Azurite: each request counted by kind and resource on its way back.</summary>
sealed partial class StorageProxy : IAsyncDisposable
{
    readonly StorageProxyHost host;

    StorageProxy(StorageProxyHost host, OperationTally tally)
    {
        this.host = host;
        Tally = tally;
    }

    /// <summary>The Azurite connection string with each endpoint moved to the proxy.</summary>
    public string ConnectionString => host.ConnectionString;

    public OperationTally Tally { get; }

    public static async Task<StorageProxy> StartAsync(string azurite)
    {
        var tally = new OperationTally();
        var host = await StorageProxyHost.StartAsync(azurite, (context, service, forward) => ForwardAsync(tally, context, Enum.Parse<StorageService>(service), forward));
        return new StorageProxy(host, tally);
    }

    static async Task ForwardAsync(OperationTally tally, HttpContext context, StorageService service, Func<Task<ForwarderError>> forward)
    {
        var body = StorageOperation.NeedsBody(service, context.Request) ? await StorageProxyHost.ReadBodyAsync(context.Request) : null;
        var operation = StorageOperation.Classify(service, context.Request, body);
        var requestBytes = context.Request.ContentLength ?? 0;
        var responseBody = new CountingStream(context.Response.Body, keep: operation.Kind == "queue get");
        context.Response.Body = responseBody;
        var error = await forward();
        var failed = error != ForwarderError.None || context.Response.StatusCode >= 400;
        // Each row of a batch travels as one part of the multipart body; each message a get received, as one element.
        var items = operation.Kind switch
        {
            "table batch" => BatchPart().Count(body!),
            "queue get" => ReceivedMessage().Count(responseBody.KeptText),
            _ => 0,
        };
        tally.Add(operation, requestBytes, responseBody.Written, failed, items);
    }

    [GeneratedRegex("^Content-Type: application/http", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BatchPart();

    [GeneratedRegex("<QueueMessage>")]
    private static partial Regex ReceivedMessage();

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
