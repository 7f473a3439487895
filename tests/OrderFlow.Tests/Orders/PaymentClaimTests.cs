using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.Orders;

public class PaymentClaimTests
{
    static readonly OrderRecord Unpaid = new()
    {
        OrderId = "o-1",
        Source = "api",
        ExternalId = "PO-1",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Priced = new PricedOrder("o-1", "c", "c@example.test", "C", "EUR", [new PricedLine("CUP", "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
            new PostalAddress("a", null, "b", "1", null, "DE"), Paid: false),
    };

    static long Gross => Unpaid.Priced!.GrossMinor;

    [Fact]
    public void Claims_UpToTheTotal_TheNextOneIsRefusedAndTheBalanceIsWhatIsLeft()
    {
        var first = Unpaid.ClaimPayment("A", Gross - 100);
        var second = first.ClaimPayment("B", 101);
        var rest = second.ClaimPayment("C", null);

        Assert.Same(first, second);
        Assert.Equal([new PaymentClaim("A", Gross - 100), new PaymentClaim("C", 100)], rest.PaymentClaims);
        Assert.Equal(0, rest.OpenBalanceMinor());
        Assert.Same(rest, rest.ClaimPayment("D", null));
    }

    [Fact]
    public void SameReferenceAgain_KeepsTheFirstClaimWhateverItsAmount()
    {
        var claimed = Unpaid.ClaimPayment("A", 500);

        Assert.Same(claimed, claimed.ClaimPayment("A", 700));
    }

    [Fact]
    public void RecordedPaymentWithoutClaim_CountsAgainstTheBalanceOnce()
    {
        var shopPaid = Unpaid with { Payments = [new Payment("shopify:paid", 1000, DateTimeOffset.UnixEpoch)] };
        var claimedAndRecorded = Unpaid.ClaimPayment("A", 1000) with { Payments = [new Payment("A", 1000, DateTimeOffset.UnixEpoch)] };

        Assert.Equal(Gross - 1000, shopPaid.OpenBalanceMinor());
        Assert.Equal(Gross - 1000, claimedAndRecorded.OpenBalanceMinor());
    }

    [Fact]
    public void PaidOrNotPricedOrNothingToPay_ClaimsNothing()
    {
        var paid = Unpaid with { Paid = true };
        Assert.Same(paid, paid.ClaimPayment("A", 100));
        var unpriced = Unpaid with { Priced = null };
        Assert.Same(unpriced, unpriced.ClaimPayment("A", null));
        Assert.Same(Unpaid, Unpaid.ClaimPayment("A", 0));
        Assert.Same(Unpaid, Unpaid.ClaimPayment("A", -1));
    }

    [Fact]
    public void OrderEndedWithClaimsNotTaken_RecordsThemAndFlagsARefundOnce()
    {
        var at = DateTimeOffset.UnixEpoch.AddDays(1);
        var claimed = Unpaid.ClaimPayment("A", 1000).ClaimPayment("B", 250) with { Status = OrderStatus.Cancelled };
        var taken = claimed with { Payments = [new Payment("A", 1000, at)] };

        var flagged = taken.OweRefunds(at);

        Assert.Equal([new Payment("A", 1000, at), new Payment("B", 250, at)], flagged.Payments);
        Assert.Equal("Refund due: 2.50 EUR came in (B) that the order did not take: it is Cancelled.", flagged.Attention);
        Assert.Equal("RefundDue", flagged.Timeline[^1].Stage);
        Assert.Same(flagged, flagged.OweRefunds(at));
        Assert.Same(Unpaid, Unpaid.OweRefunds(at));
    }
}
