using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Inventory;

public class StockLevelTests
{
    static readonly StockLevel Level = new(Sku.Parse("CUP"), "main", OnHand: 10, Reserved: 4, ReorderPoint: 2);
    static readonly Actor Olga = Actor.Person("u-olga", "Olga Operations");

    [Fact]
    public void Adjust_AtOrAboveReserved_SetsCountsAndRecordsWhoWhenAndWhy()
    {
        var adjusted = Level.Adjust(onHand: 4, reorderPoint: 5, Olga, DateTimeOffset.UnixEpoch, "stock count");

        Assert.Equal(Level with { OnHand = 4, ReorderPoint = 5, AdjustedBy = Olga, AdjustedAt = DateTimeOffset.UnixEpoch, AdjustmentReason = "stock count" }, adjusted);
    }

    [Fact]
    public void Adjust_BelowReserved_Refused()
    {
        Assert.Null(Level.Adjust(onHand: 3, reorderPoint: 0, Olga, DateTimeOffset.UnixEpoch, "stock count"));
    }
}
