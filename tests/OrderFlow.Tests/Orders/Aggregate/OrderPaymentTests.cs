using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderPaymentTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Unpaid = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-1", paid: false));
    static readonly Money Gross = Unpaid.Priced!.Gross;

    static Money Eur(long minor) => new(minor, Currency.Parse("EUR"));

    [Fact]
    public void ClaimPayment_UpToTheTotal_MoreIsAFieldRefusalAndTheBalanceIsWhatIsLeft()
    {
        var first = Unpaid.ClaimPayment("A", Gross - Eur(100)).Order;
        var tooMuch = first.ClaimPayment("B", Eur(101));
        var rest = first.ClaimPayment("C", null).Order;

        Assert.Equal(new Refusal("The amount must be a positive decimal in EUR of at most the open balance, 1.00.", "amount"), tooMuch.Refusal);
        Assert.Equal([new PaymentClaim("A", Gross - Eur(100)), new PaymentClaim("C", Eur(100))], rest.PaymentClaims);
        Assert.Equal(Money.Zero(Currency.Parse("EUR")), rest.OpenBalance());
        Assert.Equal(OrderRecord.PaidInFull, rest.ClaimPayment("D", null).Refusal?.Why);
    }

    [Fact]
    public void ClaimPayment_SameReferenceAgain_UnchangedTheFirstClaimStands()
    {
        var claimed = Unpaid.ClaimPayment("A", Eur(500)).Order;

        var again = claimed.ClaimPayment("A", Eur(700));

        Assert.Same(claimed, again.Order);
        Assert.False(again.IsRefused);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void ClaimPayment_NotPositive_FieldRefusal(long amount) => Assert.Equal("amount", Unpaid.ClaimPayment("A", Eur(amount)).Refusal?.Field);

    [Fact]
    public void WhyNotPay_PaidUnpricedOrFinished_Refused()
    {
        var paidAtCheckout = OrderJourney.Received("o-2", At).To(OrderStatus.Validated, At, OrderJourney.Priced("o-2", paid: true));

        Assert.Null(Unpaid.WhyNotPay());
        Assert.Equal(OrderRecord.PaidInFull, paidAtCheckout.WhyNotPay()?.Why);
        Assert.Equal("The order is Received: it does not take payment events now.", OrderJourney.Received("o-3", At).WhyNotPay()?.Why);
        Assert.Equal("The order is Cancelled: it does not take payment events now.", Unpaid.Cancel(null, At).Order.WhyNotPay()?.Why);
    }

    [Fact]
    public void TakePayment_PartThenRest_PartiallyPaidThenPaidAndCompletedOncePerReference()
    {
        var delivered = Unpaid.To(OrderStatus.Delivered, At);

        var part = delivered.TakePayment("A", Eur(1000), At).Order;
        var settled = part.TakePayment("B", Gross - Eur(1000), At).Order;

        Assert.Equal((Milestone.PartiallyPaid, false), (part.Timeline[^1].Stage, part.Paid));
        Assert.Same(part, part.TakePayment("A", Eur(1000), At).Order);
        Assert.Equal((OrderStatus.Completed, true), (settled.Status, settled.Paid));
        Assert.True(settled.HasMilestone(Milestone.Paid));
    }

    [Fact]
    public void TakePayment_BeforeDelivery_Refused() => Assert.True(Unpaid.TakePayment("A", Eur(1000), At).IsRefused);

    [Fact]
    public void TakePayment_SettledByAnotherWhileAClaimWasOnItsWay_OwesTheClaimBack()
    {
        var claimed = Unpaid.ClaimPayment("A", Eur(250)).Order.To(OrderStatus.Delivered, At);

        var settled = claimed.TakePayment("shop:paid", Gross, At).Order;

        Assert.Equal([new Payment("shop:paid", Gross, At), new Payment("A", Eur(250), At)], settled.Payments);
        Assert.Equal("Refund due: 2.50 EUR came in (A) that the order did not take: it is Completed.", settled.RefundDue);
    }

    [Fact]
    public void OpenBalance_ShopPaymentWithoutClaim_CountsOnce()
    {
        var delivered = Unpaid.ClaimPayment("A", Eur(1000)).Order.To(OrderStatus.Delivered, At);

        var taken = delivered.TakePayment("A", Eur(1000), At).Order.TakePayment("shop", Eur(500), At).Order;

        Assert.Equal(Gross - Eur(1500), taken.OpenBalance());
    }
}
