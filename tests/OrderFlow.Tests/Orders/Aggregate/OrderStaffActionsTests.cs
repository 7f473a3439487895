using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;
using static OrderFlow.Core.Orders.StaffAction;

namespace OrderFlow.Tests.Orders.Aggregate;

/// <summary>Which staff actions an order takes in each stage: what the order page offers and the API lets through.</summary>
public class OrderStaffActionsTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    static OrderRecord In(OrderStatus stage, FulfilmentMode mode = FulfilmentMode.Manual) =>
        OrderJourney.Received("o-1", At, mode).To(stage, At, OrderJourney.Priced("o-1", paid: false));

    [Fact]
    public void OnHold_ApproveRejectCancelPay() =>
        Assert.Equal([Approve, Reject, Cancel, Pay], In(OrderStatus.OnHold).StaffActionsNow());

    [Fact]
    public void Received_OnlyCancel_NotPricedSoNoPayment() =>
        Assert.Equal([Cancel], In(OrderStatus.Received).StaffActionsNow());

    [Fact]
    public void Reserved_Manual_PickCancelPay_NoParcelBeforeAPick() =>
        Assert.Equal([Cancel, Pick, Pay], In(OrderStatus.Reserved).StaffActionsNow());

    [Fact]
    public void Reserved_Auto_NoWarehouseActions() =>
        Assert.Equal([Cancel, Pay], In(OrderStatus.Reserved, FulfilmentMode.Auto).StaffActionsNow());

    [Fact]
    public void Fulfilled_ParcelCancelPay() =>
        Assert.Equal([Cancel, Ship, Pay], In(OrderStatus.Fulfilled).StaffActionsNow());

    [Fact]
    public void Shipped_DeliverPayReportADeliveryProblem_CancelTooLate() =>
        Assert.Equal([Deliver, Pay, ReportDeliveryProblem], In(OrderStatus.Shipped).StaffActionsNow());

    [Fact]
    public void Flagged_RetryOffered_UntilTheFlagIsCleared()
    {
        var flagged = In(OrderStatus.Shipped).Flag("Invoice", "storage down", At).Order;

        Assert.Contains(Retry, flagged.StaffActionsNow());
        Assert.DoesNotContain(Retry, flagged.ClearFlag("Invoice", At).Order.StaffActionsNow());
    }

    [Theory]
    [InlineData(OrderStatus.Completed)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Failed)]
    public void Final_None(OrderStatus stage) => Assert.Empty(In(stage).StaffActionsNow());

    [Fact]
    public void NotOffered_TheApiRefusesWithTheSameRuleAndSaysWhy()
    {
        var shipped = In(OrderStatus.Shipped);

        Assert.DoesNotContain(Cancel, shipped.StaffActionsNow());
        Assert.Equal("The order is Shipped: it does not take cancel events now.", shipped.WhyNot(Cancel.EventName())?.Why);
    }
}
