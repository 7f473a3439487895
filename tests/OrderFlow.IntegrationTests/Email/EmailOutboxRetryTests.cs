using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Email;
using OrderFlow.DevHost.Dependencies;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Email;

/// <summary>The product app whose mail relay turns every recipient away.</summary>
public sealed class RefusingRelayApp : ProductApp, IAsyncLifetime
{
    internal LocalSmtpRelay Relay { get; } = LocalSmtpRelay.RefuseEveryRecipient();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        new Dictionary<string, string?> { ["OrderFlow:Email:Smtp:Port"] = $"{Relay.Port}" };

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
    }
}

public class EmailOutboxRetryTests(RefusingRelayApp app) : IClassFixture<RefusingRelayApp>
{
    [Fact]
    public async Task QueuedEmail_RelayRefusesEveryAttempt_EndsInThePoisonQueueNotMarkedSent()
    {
        var message = new EmailMessage("order/refused-1/shipped", "buyer@example.com", "Buyer", "Your order has shipped", "On its way.");

        await app.Server.Services.GetRequiredService<EmailOutbox>().EnqueueAsync(message, CancellationToken.None);

        var shared = await SharedServices.GetAsync();
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var poison = new QueueClient(shared.StorageConnection, $"{app.Names.OutboxQueue}-poison", options);
        var poisoned = await Eventually.WaitForAsync(
            async () => (await poison.ExistsAsync()).Value ? (await poison.PeekMessagesAsync(10)).Value.Select(m => OutboxMessageCodec.Parse(m.Body.ToString())).ToList() : [],
            found => found.Count > 0,
            TimeSpan.FromSeconds(90),
            "the refused email in the poison queue");
        var outbox = new QueueClient(shared.StorageConnection, app.Names.OutboxQueue, options);
        var sent = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}SentEmails");

        Assert.Equal(message, Assert.Single(poisoned));
        Assert.Empty((await outbox.PeekMessagesAsync(10)).Value);
        // maxDequeueCount is 3 in the test settings: each delivery was tried, none got through or was marked sent.
        Assert.Equal(3, app.Relay.RecipientAttempts);
        Assert.Empty(app.Relay.Received);
        Assert.False((await sent.GetEntityIfExistsAsync<TableEntity>("order-refused-1", "shipped")).HasValue);
    }
}

/// <summary>The product app whose mail relay is down until the test brings it back; failed sends come back after 1 s, doubling.</summary>
public sealed class AbsentRelayApp : ProductApp, IAsyncLifetime
{
    public AbsentRelayApp() => Relay = SmtpFaultRelay.DownFor(MailServer.Port, Timeout.InfiniteTimeSpan);

    internal LocalSmtpRelay MailServer { get; } = LocalSmtpRelay.AcceptAll();

    internal SmtpFaultRelay Relay { get; }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => new Dictionary<string, string?>
    {
        ["OrderFlow:Email:Smtp:Port"] = $"{Relay.Port}",
        ["OrderFlow:Email:RetryAfter"] = "00:00:01",
    };

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Relay.Dispose();
        await MailServer.DisposeAsync();
    }
}

public class EmailOutboxBackoffTests(AbsentRelayApp app) : IClassFixture<AbsentRelayApp>
{
    [Fact]
    public async Task RelayDownLongerThanTheQueuesRetries_EmailWaitsAndGoesOutOnceItIsBack()
    {
        var message = new EmailMessage("order/backoff-1/shipped", "buyer@example.com", "Buyer", "Your order has shipped", "On its way.");
        await app.Server.Services.GetRequiredService<EmailOutbox>().EnqueueAsync(message, CancellationToken.None);

        // More attempts than the queue's own retries (maxDequeueCount is 3 in the test settings) would have made.
        await Eventually.WaitForAsync(() => Task.FromResult(app.Relay.Refused), n => n > 3, TimeSpan.FromSeconds(60), "a fourth delivery attempt");
        app.Relay.ComeBack();
        var received = await Eventually.WaitForAsync(
            () => Task.FromResult(app.MailServer.Received.ToList()), found => found.Count > 0, TimeSpan.FromSeconds(90), "the email once the relay is back");

        Assert.Equal("Your order has shipped", Assert.Single(received).Subject);
        var shared = await SharedServices.GetAsync();
        var poison = new QueueClient(shared.StorageConnection, $"{app.Names.OutboxQueue}-poison");
        Assert.False((await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync(10)).Value.Length > 0);
    }
}
