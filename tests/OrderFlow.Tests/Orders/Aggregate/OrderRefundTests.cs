using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

/// <summary>A refund an order owes is recorded once, with who paid it back, and then the order needs no one.</summary>
public class OrderRefundTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly Actor Priya = Actor.Person("u-priya", "Priya Finance");
    static readonly OrderRecord Unpaid = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-1", paid: false));

    static Money Eur(long minor) => new(minor, Currency.Parse("EUR"));

    static OrderRecord CancelledOwing(long minor) => Unpaid.ClaimPayment("B", Eur(minor)).Order.Cancel(null, At).Order;

    [Fact]
    public void RecordRefund_RefundDue_RecordedWithTheAmountOwedAndWhoAndTheFlagCleared()
    {
        var owing = CancelledOwing(250);

        var refunded = owing.RecordRefund("REF-1", At.AddHours(1), Priya);

        Assert.False(refunded.IsRefused);
        Assert.Equal([new Refund("REF-1", Eur(250), At.AddHours(1), Priya)], refunded.Order.Refunds);
        Assert.Null(refunded.Order.Attention);
        Assert.Equal(new TimelineEntry(Milestone.Refunded, At.AddHours(1), "Refunded 2.50 EUR (REF-1).", Priya), refunded.Order.Timeline[^1]);
        Assert.Empty(refunded.Order.WorkNeeded());
        Assert.Equal(OrderStatus.Cancelled, refunded.Order.Status);
    }

    [Fact]
    public void RecordRefund_SameReferenceAgain_Unchanged_AnotherReferenceRefusedAsNothingIsOwed()
    {
        var refunded = CancelledOwing(250).RecordRefund("REF-1", At, Priya).Order;

        var again = refunded.RecordRefund("REF-1", At.AddHours(1), Priya);
        var another = refunded.RecordRefund("REF-2", At.AddHours(1), Priya);

        Assert.Same(refunded, again.Order);
        Assert.False(again.IsRefused);
        Assert.Equal(new Refusal(OrderRecord.NoRefundOwed), another.Refusal);
        Assert.Single(another.Order.Refunds);
    }

    [Fact]
    public void RecordRefund_NothingOwed_Refused()
    {
        var completed = Unpaid.To(OrderStatus.Delivered, At).TakePayment("A", Unpaid.Priced!.Gross, At).Order;

        Assert.Equal(new Refusal(OrderRecord.NoRefundOwed), completed.RecordRefund("REF-1", At, Priya).Refusal);
        Assert.Equal(new Refusal(OrderRecord.NoRefundOwed), Unpaid.RecordRefund("REF-1", At, Priya).Refusal);
    }

    [Fact]
    public void RecordRefund_FlaggedForAFailedStep_RefusedTheFlagIsNoRefund()
    {
        var flagged = Unpaid.To(OrderStatus.Shipped, At).Flag("Order.Invoice", "storage down", At).Order;

        Assert.Equal(new Refusal(OrderRecord.NoRefundOwed), flagged.RecordRefund("REF-1", At, Priya).Refusal);
    }

    [Fact]
    public void RefundOwed_SettledByAShopWhileAClaimWasOnItsWay_OnlyTheClaimNotTaken()
    {
        var claimed = Unpaid.ClaimPayment("A", Eur(250)).Order.To(OrderStatus.Delivered, At);

        var settled = claimed.TakePayment("shop:paid", Unpaid.Priced!.Gross, At).Order;

        Assert.Equal(Eur(250), settled.RefundOwed());
        Assert.Equal(Eur(250), settled.RecordRefund("REF-1", At, Priya).Order.Refunds[0].Amount);
    }

    [Fact]
    public void StaffActions_RefundOfferedWhileOwed()
    {
        var owing = CancelledOwing(250);

        Assert.Equal([StaffAction.Refund], owing.StaffActionsNow());
        Assert.Empty(owing.RecordRefund("REF-1", At, Priya).Order.StaffActionsNow());
    }
}
