using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderFlow.DevHost.Dependencies;
using Yarp.ReverseProxy.Forwarder;

namespace OrderFlow.TestSupport;

/// <summary>
/// A reverse proxy in front of Azurite: one loopback port per service ("Blob", "Queue", "Table"), each request
/// forwarded unchanged (Shared Key signatures cover the path, not the host). What happens around the forward (counting,
/// delaying, failing) is the handler's: it gets the request, its service and the forward to call, or not.
/// </summary>
sealed partial class StorageProxyHost : IAsyncDisposable
{
    public delegate Task Handler(HttpContext context, string service, Func<Task<ForwarderError>> forward);

    readonly WebApplication app;
    readonly HttpMessageInvoker client;

    StorageProxyHost(WebApplication app, HttpMessageInvoker client, string connectionString)
    {
        this.app = app;
        this.client = client;
        ConnectionString = connectionString;
    }

    /// <summary>The Azurite connection string with each endpoint moved to the proxy.</summary>
    public string ConnectionString { get; }

    public static async Task<StorageProxyHost> StartAsync(string azurite, Handler handle)
    {
        // Proxy port → (service, Azurite address); the connection string names the same services with proxy ports.
        var routes = new Dictionary<int, (string Service, string Destination)>();
        var sockets = new List<ReservedPort>();
        var proxied = Endpoint().Replace(azurite, match =>
        {
            var reserved = ReservedPort.Bind(IPAddress.Loopback);
            sockets.Add(reserved);
            routes[reserved.Port] = (match.Groups[1].Value, $"http://127.0.0.1:{match.Groups[2].Value}");
            return $"{match.Groups[1].Value}Endpoint=http://127.0.0.1:{reserved.Port}/";
        });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var reserved in sockets)
            {
                kestrel.ListenHandle(reserved.HandOver());
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
        var forwarder = app.Services.GetRequiredService<IHttpForwarder>();
        app.Run(context =>
        {
            var (service, destination) = routes[context.Connection.LocalPort];
            return handle(context, service, Forward(forwarder, client, context, destination));
        });
        await app.StartAsync();
        return new StorageProxyHost(app, client, proxied);
    }

    /// <summary>Reads a request's body and leaves it to be read again by the forwarder.</summary>
    public static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        return text;
    }

    static Func<Task<ForwarderError>> Forward(IHttpForwarder forwarder, HttpMessageInvoker client, HttpContext context, string destination) =>
        () => forwarder.SendAsync(context, destination, client, ForwarderRequestConfig.Empty, RawTarget.Instance).AsTask();

    /// <summary>
    /// Forwards the path and query exactly as the client sent them: storage checks a signature over the path as the
    /// client encoded it ("%40" in a row key naming an email address), and the default transformer sends it decoded.
    /// </summary>
    sealed class RawTarget : HttpTransformer
    {
        public static readonly RawTarget Instance = new();

        public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.RequestUri = new Uri(destinationPrefix.TrimEnd('/') + httpContext.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        }
    }

    [GeneratedRegex(@"(Blob|Queue|Table)Endpoint=http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex Endpoint();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        client.Dispose();
    }
}
