using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderApprovalTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Received = OrderJourney.Received("o-1", At);
    static readonly OrderRecord OnHold = Received.To(OrderStatus.OnHold, At);

    [Fact]
    public void Validate_Received_ValidatedWithPriceCustomerAndPaidFlag()
    {
        var priced = OrderJourney.Priced("o-1", paid: true, customerId: "c-9");

        var validated = Received.Validate(priced, At).Order;

        Assert.Equal((OrderStatus.Validated, priced, (CustomerId?)CustomerId.Parse("c-9"), (Currency?)Currency.Parse("EUR"), true), (validated.Status, validated.Priced, validated.CustomerId, validated.Currency, validated.Paid));
        Assert.Same(validated, validated.Validate(priced, At).Order);
    }

    [Fact]
    public void Validate_Rejected_Refused()
    {
        var rejected = Received.RejectInvalid(["SKU-X is unknown"], At).Order;

        Assert.Equal("The order is Rejected: it does not take validation now.", rejected.Validate(OrderJourney.Priced("o-1"), At).Refusal?.Why);
    }

    [Fact]
    public void RejectInvalid_Received_RejectedWithEveryReasonInTheTimeline()
    {
        var rejected = Received.RejectInvalid(["a", "b"], At).Order;

        Assert.Equal((OrderStatus.Rejected, "a; b"), (rejected.Status, rejected.Timeline[^1].Detail));
        Assert.Equal(["a", "b"], rejected.RejectionReasons);
    }

    [Fact]
    public void Hold_Validated_OnHold_AndNotBeforeValidation()
    {
        Assert.Equal(OrderStatus.OnHold, OnHold.Status);
        Assert.Equal("The order is Received: it does not take holds now.", Received.Hold("why", At).Refusal?.Why);
    }

    [Fact]
    public void Decide_OnHold_FirstClaimStandsSameAgainUnchangedOtherRefused()
    {
        var approved = OnHold.Decide(HoldDecision.Approved, "ok").Order;

        Assert.Equal((HoldDecision.Approved, "ok"), (approved.Decision, approved.DecisionReason));
        Assert.Same(approved, approved.Decide(HoldDecision.Approved, "again").Order);
        Assert.Equal("The order was approved already.", approved.Decide(HoldDecision.Rejected, null).Refusal?.Why);
        Assert.Equal("The order's approval hold has timed out already.", OnHold.Decide(HoldDecision.TimedOut, null).Order.Decide(HoldDecision.Approved, null).Refusal?.Why);
    }

    [Fact]
    public void Decide_NotOnHold_Refused()
    {
        Assert.Equal("The order is Received: it does not take approval events now.", Received.Decide(HoldDecision.Approved, null).Refusal?.Why);
        Assert.NotNull(Received.WhyNotDecide());
        Assert.Null(OnHold.WhyNotDecide());
    }

    [Fact]
    public void Approve_OnHold_MilestoneOnceStatusStays()
    {
        var approved = OnHold.Approve("fine", At).Order;

        Assert.Equal((OrderStatus.OnHold, Milestone.Approved), (approved.Status, approved.Timeline[^1].Stage));
        Assert.Same(approved, approved.Approve("fine", At).Order);
        Assert.True(Received.Approve(null, At).IsRefused);
    }

    [Fact]
    public void RejectOnHold_OnHold_Rejected_ElsewhereRefused()
    {
        Assert.Equal(OrderStatus.Rejected, OnHold.RejectOnHold("no", At).Order.Status);
        Assert.True(Received.To(OrderStatus.Validated, At).RejectOnHold("no", At).IsRefused);
    }
}
