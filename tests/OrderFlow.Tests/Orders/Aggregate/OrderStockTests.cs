using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Products;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderStockTests
{
    static readonly Sku Cup = Sku.Parse("CUP");

    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Validated = OrderJourney.Received("o-1", At).To(OrderStatus.Validated, At);
    static readonly ReservationResult Held = new(Cup, 2, ReservationState.Reserved, [new Allocation("main", 2)], 0, false);
    static readonly ReservationResult Short = new(Cup, 2, null, [], 1, false);

    [Fact]
    public void Reserve_EverySkuHeld_ReservedWithTheReservations()
    {
        var reserved = Validated.Reserve([Held], At).Order;

        Assert.Equal(OrderStatus.Reserved, reserved.Status);
        Assert.Equal([Held], reserved.Reservations);
        Assert.Same(reserved, reserved.Reserve([Short], At).Order);
    }

    [Fact]
    public void Reserve_ASkuShort_BackorderedNamingIt_ThenReservedOnARetry()
    {
        var backordered = Validated.Reserve([Short], At).Order;

        Assert.Equal((OrderStatus.Backordered, "CUP short by 1"), (backordered.Status, backordered.Timeline[^1].Detail));
        Assert.Empty(backordered.Reservations);
        Assert.Equal(OrderStatus.Reserved, backordered.Reserve([Held], At).Order.Status);
    }

    [Fact]
    public void Reserve_OnHoldNotApprovedOrNotValidated_Refused()
    {
        var onHold = Validated.Hold("big", At).Order;

        Assert.Equal("The order is OnHold: it does not take reservations now.", onHold.Reserve([Held], At).Refusal?.Why);
        Assert.True(OrderJourney.Received("o-2", At).Reserve([Held], At).IsRefused);
        Assert.Equal(OrderStatus.Reserved, onHold.Approve(null, At).Order.Reserve([Held], At).Order.Status);
    }
}
