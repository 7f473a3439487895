using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.IntegrationTests.Reporting;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The line an order's end writes, on the Orders table in Azurite.</summary>
public class OrderEndLogTests(KpiStorage storage) : IClassFixture<KpiStorage>
{
    [Fact]
    public async Task UpdateAsync_FinalStageEnteredTwice_LogsTheEndOnceWithItsReason()
    {
        var capture = new LogCapture();
        using var logging = new LoggerFactory([capture]);
        var book = new OrderBook(storage.Get<TableServiceClient>(), storage.Get<StorageNames>(), storage.Get<OrderIndex>(), storage.Get<HeldRows<OrderRecord>>(), [], logging.CreateLogger<OrderBook>());
        var at = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        await book.TryCreateAsync(OrderJourney.Received("end-1", at), payload: null, CancellationToken.None);

        await book.UpdateAsync(OrderId.Parse("end-1"), r => r.To(OrderStatus.OnHold, at), CancellationToken.None);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await book.UpdateAsync(OrderId.Parse("end-1"), r => r.RejectOnHold("SKU-X is unknown", at.AddMinutes(1)).Order, CancellationToken.None);
        }

        var line = Assert.Single(capture.Lines);
        Assert.Contains("Order end-1 Rejected: SKU-X is unknown", line, StringComparison.Ordinal);
    }
}
