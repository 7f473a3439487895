using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.ManualFulfilment)]
public class RedeliveryAfterPurgeTests(ManualProductApp app)
{
    [Fact]
    public async Task Redelivery_OfACancelledOrderWhoseInstanceWasPurged_StartsNothingAndTheOrderStaysCancelled()
    {
        await OrderApi.SeedProductAsync(app.Http, "PURGED-1", onHand: 10);
        await OrderApi.SeedCustomerAsync(app.Http, "c-purged");
        var order = OrderApi.Order("PO-PURGED-1", "c-purged", "PURGED-1", quantity: 2);
        var orderId = await OrderApi.PostAsync(app.Http, order);
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Reserved");
        (await app.Http.PostAsJsonAsync($"api/orders/{orderId}/cancel", new { reason = "customer changed mind" })).EnsureSuccessStatusCode();
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Cancelled");
        var services = app.Server.Services;
        var durable = services.GetRequiredService<DurableTaskClient>();
        // The order is Cancelled a moment before its workflow records its own end: purged before that, the instance's
        // last write would leave a row without its name behind.
        await Eventually.WaitForAsync(() => durable.GetInstanceAsync(orderId), instance => instance?.IsCompleted == true, TimeSpan.FromSeconds(30), "the workflow to end");
        // As an operator would in Azure, or DevHost's purger an hour after the workflow finished.
        Assert.Equal(1, (await durable.PurgeInstanceAsync(orderId)).PurgedInstanceCount);

        // The shop delivers the order again: intake answers it as a duplicate and queues its start once more.
        await OrderApi.PostAsync(app.Http, order);
        var starts = services.GetRequiredService<QueueServiceClient>().GetQueueClient(services.GetRequiredService<IConfiguration>()[OrderStarts.QueueSetting]);
        await Eventually.WaitForAsync(
            async () => (await starts.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0, TimeSpan.FromSeconds(60), "the queued start to be taken");

        Assert.Null(await durable.GetInstanceAsync(orderId));
        var stock = await OrderApi.StockAsync(app.Http, "PURGED-1");
        Assert.Equal((10, 0), (stock.GetProperty("onHand").GetInt32(), stock.GetProperty("reserved").GetInt32()));
        Assert.Equal("Cancelled", (await app.Http.GetFromJsonAsync<JsonElement>($"api/orders/{orderId}")).GetProperty("status").GetString());
    }
}
