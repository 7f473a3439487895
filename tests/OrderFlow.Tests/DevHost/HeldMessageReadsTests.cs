using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using OrderFlow.DevHost.Durable;
using OrderFlow.DevHost.Http;

namespace OrderFlow.Tests.DevHost;

public sealed class HeldMessageReadsTests : IDisposable
{
    // Each wait is bounded here: xUnit's per-test Timeout fails tests that merely waited for a thread when tests run in parallel.
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>A clock the test sets; the burst's short waits still run in real time.</summary>
    sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Stands in for the queue service: records each request and answers an empty queue.</summary>
    sealed class EmptyQueueService : HttpMessageHandler
    {
        public List<string> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Seen)
            {
                Seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath}{request.RequestUri.Query}");
            }
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""<?xml version="1.0" encoding="utf-8"?><QueueMessagesList></QueueMessagesList>"""),
            });
        }
    }

    readonly SetClock clock = new();
    readonly EmptyQueueService service = new();

    QueueClient QueueHeldBy(HttpBurst burst)
    {
        var options = new QueueClientOptions { Transport = new HttpClientTransport(new HttpClient(service)), Retry = { MaxRetries = 0 } };
        options.AddPolicy(new HeldMessageReads(burst), HttpPipelinePosition.PerCall);
        return new QueueClient(new Uri("http://127.0.0.1:1/devstoreaccount1/control-00"), options);
    }

    [Fact]
    public async Task DuringABurst_MessageReadsWaitForItToPass_OtherCallsGoAtOnce()
    {
        var burst = new HttpBurst(new BurstOptions { BusyAbove = 1, MaxHold = TimeSpan.FromMinutes(1) }, clock);
        var queue = QueueHeldBy(burst);
        burst.Saw("POST");
        burst.Saw("POST");

        var receive = queue.ReceiveMessagesAsync();
        var peek = queue.PeekMessagesAsync();
        var exists = await queue.ExistsAsync().WaitAsync(Bound);
        await Task.Delay(300);

        Assert.True(exists.Value);
        Assert.False(receive.IsCompleted);
        Assert.False(peek.IsCompleted);
        Assert.Equal(["GET /devstoreaccount1/control-00?comp=metadata"], service.Seen);

        clock.Now += TimeSpan.FromSeconds(2);
        await Task.WhenAll(receive, peek).WaitAsync(Bound);
        Assert.Equal(3, service.Seen.Count);
    }

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task WhenQuiet_MessageReadsGoAtOnce()
    {
        var queue = QueueHeldBy(new HttpBurst(new BurstOptions(), clock));

        var received = await queue.ReceiveMessagesAsync().WaitAsync(Bound);

        Assert.Empty(received.Value);
        Assert.Single(service.Seen);
    }
}
