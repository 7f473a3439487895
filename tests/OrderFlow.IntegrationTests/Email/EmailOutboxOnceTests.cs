using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Email;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Email;

/// <summary>The outbox's claim on a message: one send however many deliveries race, and none lost to a dead sender.</summary>
[Collection(SharedApps.OrderChannels)]
public class EmailOutboxOnceTests(ProductApp app)
{
    [Fact]
    public async Task TenConcurrentDeliveriesOfOneMessage_SendOneEmail()
    {
        var to = $"race-{Guid.NewGuid():N}@example.com";
        var message = new EmailMessage($"order/race-{Guid.NewGuid():N}/shipped", to, "Racer", "Your order is on its way", "Tracking DEMO1.");
        var outbox = app.Server.Services.GetRequiredService<EmailOutbox>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => outbox.DeliverAsync(message, CancellationToken.None))));
        await outbox.DeliverAsync(message, CancellationToken.None);

        Assert.Single(await MailCatcher.MessagesToAsync(to));
    }

    [Fact]
    public async Task ClaimLeftByADeadSender_LapsesAndTheEmailGoesOut()
    {
        var to = $"lapsed-{Guid.NewGuid():N}@example.com";
        var orderId = Guid.NewGuid().ToString("N");
        var message = new EmailMessage($"order/{orderId}/confirmed", to, "Buyer", "Your order is confirmed", "Thank you.");
        await (await SentEmailsAsync()).AddEntityAsync(new TableEntity($"order-{orderId}", "confirmed")
        {
            ["State"] = "Sending",
            ["ClaimedAt"] = DateTimeOffset.UtcNow - ClaimTiming.Default.Lifetime - TimeSpan.FromSeconds(1),
        });

        await app.Server.Services.GetRequiredService<EmailOutbox>().DeliverAsync(message, CancellationToken.None);

        Assert.Single(await MailCatcher.MessagesToAsync(to));
        var row = await (await SentEmailsAsync()).GetEntityAsync<TableEntity>($"order-{orderId}", "confirmed");
        Assert.Equal("Sent", row.Value.GetString("State"));
    }

    [Fact]
    public async Task ClaimHeldByALiveSender_WaitsForItAndSendsNothingMore()
    {
        var to = $"held-{Guid.NewGuid():N}@example.com";
        var orderId = Guid.NewGuid().ToString("N");
        var message = new EmailMessage($"order/{orderId}/invoiced", to, "Buyer", "Your invoice", "Attached.");
        var sentEmails = await SentEmailsAsync();
        await sentEmails.AddEntityAsync(new TableEntity($"order-{orderId}", "invoiced") { ["State"] = "Sending", ["ClaimedAt"] = DateTimeOffset.UtcNow });

        var delivery = app.Server.Services.GetRequiredService<EmailOutbox>().DeliverAsync(message, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waitedWhileClaimed = !delivery.IsCompleted;
        // The live sender finishes: it records the message as sent.
        await sentEmails.UpsertEntityAsync(new TableEntity($"order-{orderId}", "invoiced") { ["State"] = "Sent" }, TableUpdateMode.Replace);
        await delivery;

        Assert.True(waitedWhileClaimed);
        Assert.Empty(await MailCatcher.MessagesToAsync(to));
    }

    async Task<TableClient> SentEmailsAsync()
    {
        var shared = await SharedServices.GetAsync();
        var table = new TableServiceClient(shared.StorageConnection).GetTableClient($"T{app.Names.Suffix}SentEmails");
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
