using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderChannels)]
public class StartRecoveryTests(ProductApp app)
{
    static OrderWorkflowInput StartOf(string orderId, string externalId) => new(
        OrderId.Parse(orderId),
        new CanonicalOrder(externalId, "c-recover", null, "EUR", [new CanonicalLine("RECOVER-1", 1, "24.50")],
            new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "4.90", Paid: true),
        FulfilmentMode.Auto, TimeSpan.Zero, TimeSpan.FromDays(3));

    [Fact]
    public async Task PoisonedStart_OfAStoredOrder_StartedAgainByTheTimer_OneOfAnUnstoredOrderStaysPoisoned()
    {
        await OrderApi.SeedProductAsync(app.Http, "RECOVER-1");
        await OrderApi.SeedCustomerAsync(app.Http, "c-recover");
        var services = app.Server.Services;
        // Every attempt to start the order failed: its start waits in the poison queue.
        var stored = await OrderApi.StoreReceivedAsync(services, "PO-REC-1", FulfilmentMode.Auto);
        var poison = services.GetRequiredService<QueueServiceClient>().GetQueueClient(services.GetRequiredService<IConfiguration>()[OrderStarts.QueueSetting] + "-poison");
        await poison.CreateIfNotExistsAsync();
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        await poison.SendMessageAsync(JsonSerializer.Serialize(StartOf(stored, "PO-REC-1"), web));
        // An intake that failed before the row was stored: its sender was told to try again, so nothing is started.
        await poison.SendMessageAsync(JsonSerializer.Serialize(StartOf(OrderIds.From("api", "direct", "PO-REC-2").Value, "PO-REC-2"), web));
        await poison.SendMessageAsync("not a start");

        (await app.Http.PostAsync("admin/functions/RetryPoisonedOrderStarts", null)).EnsureSuccessStatusCode();
        var order = await OrderApi.WaitForStatusAsync(app.Http, stored, "Completed", "Rejected", "Failed");

        Assert.Equal("Completed", order.GetProperty("status").GetString());
        Assert.Equal(2, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Http.GetAsync($"api/orders/{OrderIds.From("api", "direct", "PO-REC-2")}")).StatusCode);
    }
}
