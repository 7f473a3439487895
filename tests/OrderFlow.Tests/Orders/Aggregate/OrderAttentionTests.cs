using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderAttentionTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Shipped = OrderJourney.Received("o-1", At).To(OrderStatus.Shipped, At);

    [Fact]
    public void Flag_Running_AttentionWithTheStepAndErrorOnceUntilCleared()
    {
        var flagged = Shipped.Flag("Order.Deliver", "storage down", At).Order;

        Assert.Equal(("Order.Deliver failed: storage down", 1), (flagged.Attention, flagged.TimesFlagged));
        Assert.Same(flagged, flagged.Flag("Order.Deliver", "again", At).Order);
        Assert.Null(flagged.WhyNotRetry());
    }

    [Fact]
    public void ClearFlag_Flagged_RetriedAndClear_TheNextFlagCountsTwo()
    {
        var cleared = Shipped.Flag("Order.Deliver", "x", At).Order.ClearFlag("Order.Deliver", At).Order;

        Assert.Equal((null, Milestone.Retried), (cleared.Attention, cleared.Timeline[^1].Stage));
        Assert.Same(Shipped, Shipped.ClearFlag("Order.Deliver", At).Order);
        Assert.Equal(2, cleared.Flag("Order.Deliver", "y", At).Order.TimesFlagged);
    }

    [Fact]
    public void WhyNotRetry_NotFlagged_Refused() =>
        Assert.Equal("The order is Shipped: it does not take retry events now.", Shipped.WhyNotRetry()?.Why);

    [Theory]
    [InlineData("Fulfilment", Milestone.FulfilmentOverdue)]
    [InlineData("Shipment", Milestone.ShipmentOverdue)]
    [InlineData("Delivery", Milestone.DeliveryOverdue)]
    public void Overdue_AStageWithALimit_NotedOnce(string waitingFor, Milestone milestone)
    {
        var late = Shipped.Overdue(waitingFor, "late", At).Order;

        Assert.Equal(milestone, late.Timeline[^1].Stage);
        Assert.Same(late, late.Overdue(waitingFor, "late", At).Order);
    }

    [Fact]
    public void Overdue_UnknownStage_Refused() => Assert.True(Shipped.Overdue("Payment", "late", At).IsRefused);
}
