using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.DevHost.Dependencies;
using Yarp.ReverseProxy.Forwarder;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// A counting reverse proxy in front of Azurite: one loopback port per service, each request forwarded unchanged
/// (Shared Key signatures cover the path, not the host) and counted by kind and resource on its way back.
/// </summary>
sealed partial class StorageProxy : IAsyncDisposable
{
    readonly WebApplication app;
    readonly HttpMessageInvoker client;

    StorageProxy(WebApplication app, HttpMessageInvoker client, string connectionString)
    {
        this.app = app;
        this.client = client;
        ConnectionString = connectionString;
    }

    /// <summary>The Azurite connection string with each endpoint moved to the proxy.</summary>
    public string ConnectionString { get; }

    public OperationTally Tally { get; } = new();

    public static async Task<StorageProxy> StartAsync(string azurite)
    {
        // Proxy port → (service, Azurite address); the connection string names the same services with proxy ports.
        var routes = new Dictionary<int, (StorageService Service, string Destination)>();
        var proxied = Endpoint().Replace(azurite, match =>
        {
            var port = FreePort.Next();
            routes[port] = (Enum.Parse<StorageService>(match.Groups[1].Value), $"http://127.0.0.1:{match.Groups[2].Value}");
            return $"{match.Groups[1].Value}Endpoint=http://127.0.0.1:{port}/";
        });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var port in routes.Keys)
            {
                kestrel.Listen(IPAddress.Loopback, port);
            }
        });
        var app = builder.Build();
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            MaxConnectionsPerServer = int.MaxValue,
        });
        var proxy = new StorageProxy(app, client, proxied);
        var forwarder = app.Services.GetRequiredService<IHttpForwarder>();
        app.Run(context => proxy.ForwardAsync(context, forwarder, routes[context.Connection.LocalPort]));
        await app.StartAsync();
        return proxy;
    }

    async Task ForwardAsync(HttpContext context, IHttpForwarder forwarder, (StorageService Service, string Destination) route)
    {
        var body = StorageOperation.NeedsBody(route.Service, context.Request) ? await ReadBodyAsync(context.Request) : null;
        var operation = StorageOperation.Classify(route.Service, context.Request, body);
        var requestBytes = context.Request.ContentLength ?? 0;
        var responseBody = new CountingStream(context.Response.Body, keep: operation.Kind == "queue get");
        context.Response.Body = responseBody;
        var error = await forwarder.SendAsync(context, route.Destination, client, ForwarderRequestConfig.Empty, HttpTransformer.Default);
        var failed = error != ForwarderError.None || context.Response.StatusCode >= 400;
        // Each row of a batch travels as one part of the multipart body; each message a get received, as one element.
        var items = operation.Kind switch
        {
            "table batch" => BatchPart().Count(body!),
            "queue get" => ReceivedMessage().Count(responseBody.KeptText),
            _ => 0,
        };
        Tally.Add(operation, requestBytes, responseBody.Written, failed, items);
    }

    /// <summary>Reads the body and leaves it to be read again by the forwarder.</summary>
    static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        return text;
    }

    [GeneratedRegex("^Content-Type: application/http", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BatchPart();

    [GeneratedRegex("<QueueMessage>")]
    private static partial Regex ReceivedMessage();

    [GeneratedRegex(@"(Blob|Queue|Table)Endpoint=http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex Endpoint();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        client.Dispose();
    }
}
