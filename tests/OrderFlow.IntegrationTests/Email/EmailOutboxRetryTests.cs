using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Email;
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
    [Fact(Timeout = 120_000)]
    public async Task QueuedEmail_RelayRefusesEveryAttempt_EndsInThePoisonQueueNotMarkedSent()
    {
        var message = new EmailMessage("order/refused-1/shipped", "buyer@example.com", "Buyer", "Your order has shipped", "On its way.");

        await app.Server.Services.GetRequiredService<EmailOutbox>().EnqueueAsync(message, CancellationToken.None);

        var shared = await SharedServices.GetAsync();
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var poison = new QueueClient(shared.StorageConnection, $"outbox-{app.Names.Suffix}-poison", options);
        var poisoned = await Eventually.WaitForAsync(
            async () => (await poison.ExistsAsync()).Value ? (await poison.PeekMessagesAsync(10)).Value.Select(m => EmailOutbox.Parse(m.Body.ToString())).ToList() : [],
            found => found.Count > 0,
            TimeSpan.FromSeconds(90),
            "the refused email in the poison queue");
        var outbox = new QueueClient(shared.StorageConnection, $"outbox-{app.Names.Suffix}", options);
        var sent = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}SentEmails");

        Assert.Equal(message, Assert.Single(poisoned));
        Assert.Empty((await outbox.PeekMessagesAsync(10)).Value);
        // maxDequeueCount is 3 in the test settings: each delivery was tried, none got through or was marked sent.
        Assert.Equal(3, app.Relay.RecipientAttempts);
        Assert.Empty(app.Relay.Received);
        Assert.False((await sent.GetEntityIfExistsAsync<TableEntity>("order-refused-1", "shipped")).HasValue);
    }
}
