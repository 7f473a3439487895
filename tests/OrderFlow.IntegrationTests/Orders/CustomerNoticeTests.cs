using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The product app whose email outbox queue refuses the first two messages sent to it, as an outage would.</summary>
public sealed class OutboxOutageApp : ProductApp
{
    public OutboxOutage Outage { get; } = new(refusals: 2);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => QuickRetries;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(s =>
        {
            var options = StorageServiceCollectionExtensions.QueueOptions();
            // Each refused message fails one attempt of the step: the client does not retry it itself.
            options.Retry.MaxRetries = 0;
            options.AddPolicy(Outage, HttpPipelinePosition.PerRetry);
            return s.GetRequiredService<StorageAccount>().Queues(options);
        });
}

/// <summary>Refuses the first messages sent to the outbox queue (named "outbox-…" in tests), then lets all through.</summary>
public sealed class OutboxOutage(int refusals) : HttpPipelinePolicy
{
    int refused;

    public int Refused => Volatile.Read(ref refused);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message.Request);
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message.Request);
        ProcessNext(message, pipeline);
    }

    void Refuse(Request request)
    {
        var isOutboxSend = request.Method == RequestMethod.Post && request.Uri.Path.Contains("/outbox-", StringComparison.Ordinal);
        if (isOutboxSend && Interlocked.Increment(ref refused) <= refusals)
        {
            throw new RequestFailedException(503, "The outbox queue is unavailable.");
        }
    }
}

public class CustomerNoticeTests(OutboxOutageApp app) : IClassFixture<OutboxOutageApp>
{
    [Fact]
    public async Task OutboxDownForTheStepsFirstAttempts_ConfirmationQueuedOnARetryAndSentOnce()
    {
        await OrderApi.SeedProductAsync(app.Http, "OUT-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-outage");

        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-OUT-1", "c-outage", "OUT-1"));
        var order = await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Failed");
        var confirmations = await Eventually.WaitForAsync(
            async () => (await MailCatcher.MessagesToAsync("c-outage@example.test")).Where(m => m.Subject == "Your order PO-OUT-1 is confirmed").ToList(),
            found => found.Count > 0,
            TimeSpan.FromSeconds(60),
            "the confirmation email");

        Assert.True(app.Outage.Refused > 2);
        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Single(confirmations);
    }
}
