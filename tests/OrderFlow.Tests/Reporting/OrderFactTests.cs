using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Reporting;

namespace OrderFlow.Tests.Reporting;

public class OrderFactTests
{
    static readonly DateTimeOffset Received = new(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);
    static readonly TimeSpan Sla = TimeSpan.FromHours(24);

    static OrderRecord Order(params (string Stage, double Hours)[] stages)
    {
        var record = new OrderRecord { OrderId = "o-1", Source = "test", ExternalId = "o-1", ReceivedAt = Received }.Enter(OrderStatus.Received, Received);
        foreach (var (stage, hours) in stages)
        {
            record = Enum.TryParse<OrderStatus>(stage, out var status)
                ? record.Enter(status, Received.AddHours(hours))
                : record.Mark(stage, Received.AddHours(hours), null);
        }
        return record with
        {
            Priced = new PricedOrder("o-1", "c", "c@example.test", "C", "EUR", [new PricedLine("CUP", "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
                new PostalAddress("a", null, "b", "1", null, "DE"), true),
        };
    }

    [Fact]
    public void From_ShippedExactlyAtTheLimit_OnTimeWithRevenueAndUnits()
    {
        var fact = OrderFact.From(Order(("Validated", 1), ("Reserved", 2), ("Fulfilled", 10), ("Shipped", 26)), Sla);

        Assert.Equal((true, true, true, 2870L), (fact.Accepted, fact.Shipped, fact.ShippedOnTime, fact.GrossMinor));
        Assert.Equal(2, fact.SkuQuantities["CUP"]);
        Assert.Equal(new DateOnly(2026, 11, 2), fact.Day);
        Assert.Equal(16 * 3600, fact.StageSeconds["shipment"]);
    }

    [Fact]
    public void From_ShippedASecondLate_NotOnTime() =>
        Assert.False(OrderFact.From(Order(("Validated", 1), ("Reserved", 2), ("Shipped", 26 + (1 / 3600.0))), Sla).ShippedOnTime);

    [Fact]
    public void From_NotShipped_NoRevenueNoUnitsNoCycle()
    {
        var fact = OrderFact.From(Order(("Validated", 1), ("Reserved", 2)), Sla);

        Assert.Equal((0L, 0, (long?)null), (fact.GrossMinor, fact.SkuQuantities.Count, fact.CycleSeconds));
    }

    [Fact]
    public void From_OnHoldAwaitingApproval_NotAcceptedUntilApproved()
    {
        Assert.False(OrderFact.From(Order(("Validated", 1), ("OnHold", 1)), Sla).Accepted);
        Assert.True(OrderFact.From(Order(("Validated", 1), ("OnHold", 1), ("Approved", 3)), Sla).Accepted);
        Assert.False(OrderFact.From(Order(("Validated", 1), ("OnHold", 1), ("Rejected", 3)), Sla).Accepted);
    }
}
