using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Work;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Work;

public class OrderWorkTests
{
    static readonly DateTimeOffset At = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    static OrderRecord Order(OrderStatus stage) => OrderJourney.Received("o-work", At.AddHours(-1)).To(stage, At);

    [Fact]
    public void WorkNeeded_OnHoldUndecided_AwaitingApprovalWithTheHoldReasonSinceTheHold()
    {
        var work = Assert.Single(Order(OrderStatus.OnHold).WorkNeeded());

        Assert.Equal(new OrderWork(WorkKind.AwaitingApproval, At, "held for the test"), work);
    }

    [Fact]
    public void WorkNeeded_OnHoldDecided_None() =>
        Assert.Empty(Order(OrderStatus.OnHold).Decide(HoldDecision.Approved, "fine").Order.WorkNeeded());

    [Fact]
    public void WorkNeeded_Backordered_NamesTheShortSku()
    {
        var work = Assert.Single(Order(OrderStatus.Backordered).WorkNeeded());

        Assert.Equal((WorkKind.Backordered, "CUP short by 2"), (work.Kind, work.Detail));
    }

    [Fact]
    public void WorkNeeded_FlaggedThenRetried_NeedsAttentionThenNone()
    {
        var flagged = Order(OrderStatus.Shipped).Flag("Order.Deliver", "storage down", At.AddHours(2)).Order;

        Assert.Equal(new OrderWork(WorkKind.NeedsAttention, At.AddHours(2), "Order.Deliver failed: storage down"), Assert.Single(flagged.WorkNeeded()));
        Assert.False(flagged.ClearFlag("Order.Deliver", At.AddHours(3)).Order.NeedsWork);
    }

    [Fact]
    public void WorkNeeded_CancelledWithAPaymentNotTaken_RefundDue()
    {
        var unpaid = OrderJourney.Received("o-work", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-work", paid: false));
        var cancelled = unpaid.ClaimPayment("B", new Money(250, Currency.Parse("EUR"))).Order.Cancel(null, At.AddHours(1)).Order;

        var work = Assert.Single(cancelled.WorkNeeded());

        Assert.Equal((WorkKind.RefundDue, cancelled.RefundDue), (work.Kind, work.Detail));
    }

    [Fact]
    public void WorkNeeded_OverdueForShipment_PastSlaUntilShipped()
    {
        var late = Order(OrderStatus.Fulfilled).Overdue("Shipment", "Waiting for shipment for longer than 2.00:00:00.", At.AddDays(2)).Order;

        Assert.Equal(new OrderWork(WorkKind.PastSla, At.AddDays(2), "Waiting for shipment for longer than 2.00:00:00."), Assert.Single(late.WorkNeeded()));
        Assert.Empty(late.To(OrderStatus.Shipped, At.AddDays(3)).WorkNeeded());
    }

    [Theory]
    [InlineData(OrderStatus.Received)]
    [InlineData(OrderStatus.Reserved)]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Rejected)]
    public void WorkNeeded_RunningOrEndedCleanly_None(OrderStatus stage) => Assert.False(Order(stage).NeedsWork);
}
