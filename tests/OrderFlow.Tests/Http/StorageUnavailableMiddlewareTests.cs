using System.Collections.Immutable;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.Functions.Http;

namespace OrderFlow.Tests.Http;

/// <summary>The worker middleware as Azure runs it: an HTTP function's storage outage answered, everything else thrown on.</summary>
public class StorageUnavailableMiddlewareTests
{
    readonly StorageUnavailableMiddleware middleware = new(NullLogger<StorageUnavailableMiddleware>.Instance);

    [Fact]
    public async Task Invoke_HttpFunctionStorageAway_Answers503()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await middleware.Invoke(new InvocationContext("PostOrder", http), _ => throw new RequestFailedException(503, "busy"));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
    }

    [Fact]
    public async Task Invoke_HttpFunctionFault_Thrown() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            middleware.Invoke(new InvocationContext("PostOrder", new DefaultHttpContext()), _ => throw new InvalidOperationException("bug")));

    [Fact]
    public async Task Invoke_QueueFunctionStorageAway_ThrownSoTheQueueTriesAgain() =>
        await Assert.ThrowsAsync<RequestFailedException>(() =>
            middleware.Invoke(new InvocationContext("StartOrderWorkflow", http: null), _ => throw new RequestFailedException(503, "busy")));

    /// <summary>What the middleware reads of an invocation: the function's name and, for an HTTP trigger, its HttpContext.</summary>
    sealed class InvocationContext(string functionName, HttpContext? http) : FunctionContext
    {
        public override string InvocationId => "test";

        public override string FunctionId => functionName;

        public override TraceContext TraceContext => null!;

        public override BindingContext BindingContext => null!;

        public override RetryContext RetryContext => null!;

        public override IServiceProvider InstanceServices { get; set; } = new ServiceCollection().BuildServiceProvider();

        public override FunctionDefinition FunctionDefinition { get; } = new Definition(functionName);

        // The ASP.NET Core integration keeps the request's HttpContext under this key (read by GetHttpContext()).
        public override IDictionary<object, object> Items { get; set; } =
            http is null ? new Dictionary<object, object>() : new Dictionary<object, object> { ["HttpRequestContext"] = http };

        public override IInvocationFeatures Features => null!;

        public override CancellationToken CancellationToken => CancellationToken.None;
    }

    sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => "";

        public override string EntryPoint => "";

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
