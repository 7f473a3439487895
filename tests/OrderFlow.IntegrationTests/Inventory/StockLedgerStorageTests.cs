using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Inventory;

/// <summary>What a reservation costs in storage operations, on Azurite.</summary>
public class StockLedgerStorageTests(CountedStorage storage) : IClassFixture<CountedStorage>
{
    static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ReserveAsync_EnoughStock_ReadsThePartitionOnceAndAnswersTheLevelsAfter()
    {
        var stock = storage.Get<StockLedger>();
        var sku = Sku.Parse("SKU-" + Guid.NewGuid().ToString("N")[..6]);
        await stock.ListAsync(sku, None);
        await stock.SetOnHandAsync(sku, "WH-A", onHand: 5, reorderPoint: 4, Actor.Key("test"), reason: null, None);
        ReservationResult? result = null;

        var calls = await storage.CountAsync(async () => result = await stock.ReserveAsync(OrderId.Parse("o-" + sku.Value), sku, 2, None));

        Assert.Equal(["GET Catalogue", "POST $batch"], calls);
        // 3 of 5 left, below the reorder point of 4: known from the reservation's own transaction.
        Assert.True(result!.BelowReorderPoint);
        Assert.Equal(2, (await stock.ListAsync(sku, None)).Single().Reserved);
    }
}
