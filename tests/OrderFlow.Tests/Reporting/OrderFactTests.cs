using OrderFlow.Core.Orders;
using OrderFlow.Core.Reporting;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Reporting;

public class OrderFactTests
{
    static readonly DateTimeOffset Received = new(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);
    static readonly TimeSpan Sla = TimeSpan.FromHours(24);

    static OrderRecord Order(params (string Stage, double Hours)[] stages)
    {
        var record = OrderJourney.Received("o-1", Received);
        foreach (var (stage, hours) in stages)
        {
            var at = Received.AddHours(hours);
            record = stage == nameof(Milestone.Approved)
                ? record.Approve(null, at).Order
                : record.To(Enum.Parse<OrderStatus>(stage), at, OrderJourney.Priced("o-1", paid: true));
        }
        return record;
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
