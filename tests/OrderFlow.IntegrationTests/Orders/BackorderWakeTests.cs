using System.Net.Http.Json;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Products;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.OrderFlows)]
public class BackorderWakeTests(ProductApp app)
{
    [Fact]
    public async Task Restock_OneBackorderedWorkflowTerminated_ItsMarkClearedAndTheOtherOrderCompletes()
    {
        const string sku = "WAKE-1";
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 0);
        await OrderApi.SeedCustomerAsync(app.Http, "c-wake-1");
        var ended = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-WAKE-1", "c-wake-1", sku, quantity: 2));
        var waiting = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-WAKE-2", "c-wake-1", sku, quantity: 2));
        await OrderApi.WaitForStatusAsync(app.Http, ended, "Backordered");
        await OrderApi.WaitForStatusAsync(app.Http, waiting, "Backordered");
        // As an operator would in Azure.
        var durable = app.Server.Services.GetRequiredService<DurableTaskClient>();
        await durable.TerminateInstanceAsync(ended);
        await durable.WaitForInstanceCompletionAsync(ended);

        (await app.Http.PutAsJsonAsync($"api/inventory/{sku}/WH-A", new { onHand = 2, reorderPoint = 0 })).EnsureSuccessStatusCode();

        await OrderApi.WaitForStatusAsync(app.Http, waiting, "Completed");
        var stillWaiting = await app.Server.Services.GetRequiredService<StockLedger>().BackorderedOrdersAsync(Sku.Parse(sku), CancellationToken.None);
        // The ended order's mark is cleared as its raise is refused; the other's as it reserves.
        Assert.Empty(stillWaiting);
    }

    [Fact]
    public async Task Wake_TaskHubUnreachable_TheMarkStaysAndALaterRestockWakesTheOrder()
    {
        const string sku = "WAKE-2";
        await OrderApi.SeedProductAsync(app.Http, sku, onHand: 0);
        await OrderApi.SeedCustomerAsync(app.Http, "c-wake-2");
        var orderId = await OrderApi.PostAsync(app.Http, OrderApi.Order("PO-WAKE-3", "c-wake-2", sku, quantity: 1));
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Backordered");
        var stock = app.Server.Services.GetRequiredService<StockLedger>();
        // The order is recorded Backordered a moment before its mark is written.
        await Eventually.WaitForAsync(() => stock.BackorderedOrdersAsync(Sku.Parse(sku), CancellationToken.None), marked => marked.Count == 1, TimeSpan.FromSeconds(30), "the order's backorder mark");
        // Nothing listens on port 1: every call answers Unavailable, as a task hub out of reach does.
        using var nowhere = GrpcChannel.ForAddress("http://127.0.0.1:1");
        var unreachable = new GrpcDurableTaskClient("unreachable", new GrpcDurableTaskClientOptions { Channel = nowhere }, NullLogger.Instance);

        await app.Server.Services.GetRequiredService<OrderEventRelay>().WakeBackorderedAsync(unreachable, Sku.Parse(sku), CancellationToken.None);

        Assert.Equal([orderId], (await stock.BackorderedOrdersAsync(Sku.Parse(sku), CancellationToken.None)).Select(id => id.Value));
        (await app.Http.PutAsJsonAsync($"api/inventory/{sku}/WH-A", new { onHand = 1, reorderPoint = 0 })).EnsureSuccessStatusCode();
        await OrderApi.WaitForStatusAsync(app.Http, orderId, "Completed");
    }
}
