using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Email;
using OrderFlow.Core.Health;
using OrderFlow.Core.Inventory;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Faults;
using OrderFlow.Functions.Health;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Email;

[Collection(SharedApps.OrderChannels)]
public class PoisonQueueWatchTests(ProductApp app)
{
    [Fact]
    public async Task MessagesInAPoisonQueue_OneAlertEmailADayNamingTheQueueAndCount()
    {
        var services = app.Server.Services;
        var poisonName = services.GetRequiredService<IConfiguration>()[EmailOutbox.QueueSetting] + "-poison";
        var poison = services.GetRequiredService<QueueServiceClient>().GetQueueClient(poisonName);
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync("""{"deduplicationKey":"order/x/shipped","to":"gone@example.test","toName":"Gone","subject":"s","text":"t"}""");
        await poison.SendMessageAsync("""{"deduplicationKey":"order/y/shipped","to":"gone@example.test","toName":"Gone","subject":"s","text":"t"}""");

        // The fault suite's invariant sees the poisoned messages that no alert has named yet.
        var invariants = new OrderInvariants(app.Settings);
        var unalerted = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => invariants.AssertHoldAsync([], NoStock));

        // Two runs of the hourly watch, each awaited: both alerts are on the outbox queue once they return.
        var watch = services.GetRequiredService<PoisonQueueWatch>();
        await watch.CheckAsync(PoisonQueueWatchFunction.QueueSettings, CancellationToken.None);
        await watch.CheckAsync(PoisonQueueWatchFunction.QueueSettings, CancellationToken.None);
        var outbox = services.GetRequiredService<QueueServiceClient>().GetQueueClient(services.GetRequiredService<IConfiguration>()[EmailOutbox.QueueSetting]);
        await Eventually.WaitForAsync(async () => (await outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount, n => n == 0, TimeSpan.FromSeconds(60), "the outbox to take both alerts");
        var operations = services.GetRequiredService<IOptions<AlertOptions>>().Value.Email;

        var alert = Assert.Single(await AlertsAsync(operations, poisonName));
        Assert.Equal("OrderFlow: messages failed every attempt", alert.Subject);
        Assert.Contains($"{poisonName}: 2", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains($"2 messages wait in {poisonName} and no alert named it", unalerted.Message, StringComparison.Ordinal);
        await invariants.AssertHoldAsync([], NoStock);
    }

    static readonly Dictionary<(string Sku, string Warehouse), int> NoStock = [];

    static async Task<List<MimeKit.MimeMessage>> AlertsAsync(string operations, string poisonName) =>
        [.. (await MailCatcher.MimeMessagesToAsync(operations)).Where(m => m.TextBody?.Contains(poisonName, StringComparison.Ordinal) == true)];
}
