using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderCancellationTests
{
    static readonly Sku Cup = Sku.Parse("CUP");

    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Reserved = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-1", paid: false));
    static readonly OrderRecord OneParcelOut = Reserved.Pick("p", [new LineQuantity(Cup, 2)], At).Order.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order;

    [Fact]
    public void Cancel_BeforeAnyParcel_CancelledWithTheReasonOnce()
    {
        var cancelled = Reserved.Cancel("changed my mind", At).Order;

        Assert.Equal((OrderStatus.Cancelled, "changed my mind"), (cancelled.Status, cancelled.Timeline[^1].Detail));
        Assert.Same(cancelled, cancelled.Cancel("again", At).Order);
    }

    [Fact]
    public void Cancel_OnHold_CancelledWithoutADecision()
    {
        var onHold = OrderJourney.Received("o-1", At).To(OrderStatus.OnHold, At);

        Assert.Null(onHold.WhyNotCancel());
        Assert.Equal(OrderStatus.Cancelled, onHold.Cancel("ordered twice", At).Order.Status);
    }

    [Fact]
    public void Cancel_AfterTheFirstParcelOrOnceFinished_Refused()
    {
        Assert.Equal("The order is Fulfilled: it does not take cancel events now.", OneParcelOut.Cancel(null, At).Refusal?.Why);
        Assert.NotNull(OneParcelOut.WhyNotCancel());
        Assert.NotNull(Reserved.Fail("boom", At).Order.WhyNotCancel());
        Assert.Null(Reserved.WhyNotCancel());
    }

    [Fact]
    public void Cancel_WithAClaimNotTaken_RecordsItAndFlagsARefund()
    {
        var cancelled = Reserved.ClaimPayment("B", new Money(250, Currency.Parse("EUR"))).Order.Cancel(null, At).Order;

        Assert.Equal([new Payment("B", new Money(250, Currency.Parse("EUR")), At)], cancelled.Payments);
        Assert.Equal("Refund due: 2.50 EUR came in (B) that the order did not take: it is Cancelled.", cancelled.Attention);
        Assert.Equal(cancelled.Attention, cancelled.RefundDue);
    }

    [Fact]
    public void RefuseLateCancel_AParcelLeft_NotedOnce_NothingShipped_Refused()
    {
        var noted = OneParcelOut.RefuseLateCancel("too late", At).Order;

        Assert.Equal((Milestone.CancelTooLate, OrderStatus.Fulfilled), (noted.Timeline[^1].Stage, noted.Status));
        Assert.Same(noted, noted.RefuseLateCancel("too late", At).Order);
        Assert.True(Reserved.RefuseLateCancel("too late", At).IsRefused);
    }

    [Fact]
    public void WhyNotReleaseStock_BeforeAnyParcel_MayRelease_AfterOne_Refused()
    {
        Assert.Null(Reserved.WhyNotReleaseStock());
        Assert.Equal([Cup], Reserved.Skus);
        Assert.NotNull(OneParcelOut.WhyNotReleaseStock());
    }

    [Fact]
    public void Fail_Running_Failed_AnEndedOrderStaysAsItEnded()
    {
        var failed = Reserved.Fail("Order.Ship failed: storage", At).Order;
        var completed = OrderJourney.Received("o-2", At).To(OrderStatus.Completed, At);

        Assert.Equal((OrderStatus.Failed, "Order.Ship failed: storage"), (failed.Status, failed.Timeline[^1].Detail));
        Assert.Same(completed, completed.Fail("late failure", At).Order);
    }
}
