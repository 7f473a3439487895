using Azure.Core;
using Azure.Core.Pipeline;
using OrderFlow.DevHost.Http;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// Holds the durable provider's queue reads (receive and peek) back while HTTP requests arrive in a burst, as the
/// queue listeners' own polls are (see <see cref="HttpBurst"/>). The provider polls its control and work-item queues
/// in loops of its own, at least once a second each, and Azurite reads a queue by scanning every message it holds in
/// any queue: with the few thousand starts a burst leaves waiting, each poll takes its single thread for about 6 ms
/// (measured), and the webhooks that arrive meanwhile wait for it.
/// </summary>
sealed class HeldMessageReads(HttpBurst burst) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (IsMessageRead(message.Request))
        {
            await burst.WaitWhileBusyAsync(message.CancellationToken);
        }
        await ProcessNextAsync(message, pipeline);
    }

    /// <summary>The provider reads asynchronously; a synchronous read is let through.</summary>
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);

    static bool IsMessageRead(Request request) =>
        request.Method == RequestMethod.Get && request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal);
}
