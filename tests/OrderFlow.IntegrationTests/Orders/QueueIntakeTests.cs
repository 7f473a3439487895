using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderChannels)]
public class QueueIntakeTests(ProductApp app)
{
    async Task SendAsync(string message)
    {
        var shared = await SharedServices.GetAsync();
        var queues = new Azure.Storage.Queues.QueueServiceClient(shared.StorageConnection, new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 });
        var queue = queues.GetQueueClient("intake-" + app.Names.Suffix);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(message);
    }

    [Fact]
    public async Task CanonicalOrderOnQueue_Completes()
    {
        await OrderApi.SeedProductAsync(app.Http, "Q-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-queue");

        await SendAsync(JsonSerializer.Serialize(OrderApi.Order("CRM-Q-1", "c-queue", "Q-1")));

        var orderId = OrderIds.From("queue", "intake", "CRM-Q-1").Value;
        var order = await Eventually.WaitForAsync(
            async () => (await app.Http.GetAsync($"api/orders/{orderId}")).IsSuccessStatusCode, found => found, TimeSpan.FromSeconds(30), "the queued order to arrive");
        Assert.True(order);
        Assert.Equal("Completed", (await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed", "Rejected", "Failed")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task InvalidOrderOnQueue_EndsInPoisonQueueAndNothingStored()
    {
        var message = JsonSerializer.Serialize(new { externalId = "CRM-Q-BAD", lines = Array.Empty<object>() });

        await SendAsync(message);

        var shared = await SharedServices.GetAsync();
        var poison = new Azure.Storage.Queues.QueueClient(shared.StorageConnection, $"intake-{app.Names.Suffix}-poison", new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 });
        await Eventually.WaitForAsync(
            async () => (await poison.ExistsAsync()).Value ? (await poison.PeekMessagesAsync(10)).Value.Select(m => m.Body.ToString()).ToList() : [],
            m => m.Contains(message),
            TimeSpan.FromSeconds(60),
            "the invalid order in the poison queue");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("queue", "intake", "CRM-Q-BAD")}")).StatusCode);
    }
}
