using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Tests.Orders.Fulfilment;

public class FulfilmentProgressTests
{
    static readonly Sku Cup = Sku.Parse("CUP");
    static readonly Sku Mug = Sku.Parse("MUG");
    static readonly Sku Tea = Sku.Parse("TEA");

    static readonly PricedOrder Order = new(
        OrderId.Parse("o-1"), CustomerId.Parse("c-1"), "c@example.test", "C", Currency.Parse("EUR"),
        [new PricedLine(Cup, "Cup", 3, 100, 0.19m, 300, 57), new PricedLine(Mug, "Mug", 1, 200, 0.19m, 200, 38)],
        0, new PostalAddress("x", null, "y", "1", null, "DE"), Paid: false);

    [Fact]
    public void Pick_MoreThanLeft_TrimmedToWhatIsLeft()
    {
        var (progress, applied) = FulfilmentProgress.Start(Order).Pick([new LineQuantity(Cup, 2), new LineQuantity(Cup, 5), new LineQuantity(Tea, 1)]);

        Assert.Equal([new LineQuantity(Cup, 3)], applied);
        Assert.Equal([Cup], progress.CompletelyPicked);
        Assert.False(progress.AllPicked);
    }

    [Fact]
    public void Ship_WithoutLines_ShipsWhatIsPickedAndNotShipped()
    {
        var (picked, _) = FulfilmentProgress.Start(Order).Pick([new LineQuantity(Cup, 2)]);
        var (first, parcel) = picked.Ship(null);
        var (_, nothing) = first.Ship(null);

        Assert.Equal([new LineQuantity(Cup, 2)], parcel);
        Assert.Empty(nothing);
        Assert.True(first.AnyShipped);
        Assert.False(first.AllShipped);
    }

    [Fact]
    public void PickAllThenShipAll_Everything()
    {
        var (picked, applied) = FulfilmentProgress.Start(Order).Pick(null);
        var (shipped, _) = picked.Ship(null);

        Assert.Equal([new LineQuantity(Cup, 3), new LineQuantity(Mug, 1)], applied);
        Assert.True(picked.AllPicked);
        Assert.True(shipped.AllShipped);
    }

    [Fact]
    public void Read_BadLines_EveryProblemNamedByField()
    {
        var errors = new FieldErrors();
        var left = new Dictionary<Sku, int> { [Cup] = 2, [Mug] = 0 };

        FulfilmentChecks.Read([new LineRequest { Sku = "TEA", Quantity = 1 }, new LineRequest { Sku = "CUP", Quantity = 0 }, null, new LineRequest { Sku = "MUG", Quantity = 1 }], left, "pick", errors);

        var fields = errors.ToDictionary();
        Assert.Equal(["lines", "lines[0].sku", "lines[1].quantity", "lines[2].sku"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("only 0 left to pick", fields["lines"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedLinesBeyondIntRange_RefusedNotOverflowed()
    {
        var errors = new FieldErrors();

        FulfilmentChecks.Read([new LineRequest { Sku = "CUP", Quantity = int.MaxValue }, new LineRequest { Sku = "CUP", Quantity = 1 }], new Dictionary<Sku, int> { [Cup] = 3 }, "ship", errors);

        Assert.Equal("2147483648 × CUP asked for, but only 3 left to ship.", errors.ToDictionary()["lines"][0]);
    }

    [Fact]
    public void Read_NoLinesAndNothingLeft_Refused()
    {
        var errors = new FieldErrors();

        var lines = FulfilmentChecks.Read(null, new Dictionary<Sku, int> { [Cup] = 0 }, "ship", errors);

        Assert.Null(lines);
        Assert.Equal("Nothing is left to ship.", errors.ToDictionary()["lines"][0]);
    }
}
