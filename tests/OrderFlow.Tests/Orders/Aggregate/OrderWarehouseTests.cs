using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders.Aggregate;

public class OrderWarehouseTests
{
    static readonly Sku Cup = Sku.Parse("CUP");

    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    static readonly OrderRecord Reserved = OrderJourney.Received("o-1", At).To(OrderStatus.Reserved, At, OrderJourney.Priced("o-1", paid: false));
    static readonly OrderRecord Fulfilled = Reserved.Pick("p", [new LineQuantity(Cup, 2)], At).Order;

    [Fact]
    public void Pick_SomeUnits_PartiallyFulfilledOncePerReference()
    {
        var picked = Reserved.Pick("p1", [new LineQuantity(Cup, 1)], At).Order;

        Assert.Equal((OrderStatus.Reserved, Milestone.PartiallyFulfilled), (picked.Status, picked.Timeline[^1].Stage));
        Assert.Same(picked, picked.Pick("p1", [new LineQuantity(Cup, 1)], At).Order);
        Assert.Equal(OrderStatus.Fulfilled, picked.Pick("p2", [new LineQuantity(Cup, 1)], At).Order.Status);
    }

    [Fact]
    public void Pick_MoreThanIsLeftOrBeforeReservation_Refused()
    {
        Assert.True(Fulfilled.Pick("p2", [new LineQuantity(Cup, 1)], At).IsRefused);
        Assert.True(OrderJourney.Received("o-2", At).To(OrderStatus.Validated, At).Pick("p", [new LineQuantity(Cup, 1)], At).IsRefused);
    }

    [Fact]
    public void WhyNotPick_ManualAndUnitsLeft_Allowed_AutoOrAllPicked_Refused()
    {
        var auto = OrderJourney.Received("o-3", At, FulfilmentMode.Auto).To(OrderStatus.Reserved, At);

        Assert.Null(Reserved.WhyNotPick());
        Assert.Equal("The order is Fulfilled: it does not take fulfilment events now.", Fulfilled.WhyNotPick()?.Why);
        Assert.NotNull(auto.WhyNotPick());
    }

    [Fact]
    public void ShipParcel_PartThenRest_PartiallyShippedThenShippedOncePerTrackingNumber()
    {
        var first = Fulfilled.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order;
        var second = first.ShipParcel("DHL", "T2", [new LineQuantity(Cup, 1)], At).Order;

        Assert.Equal((Milestone.PartiallyShipped, ShipmentStatus.InTransit), (first.Timeline[^1].Stage, first.Shipments[0].Status));
        Assert.Same(first, first.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order);
        Assert.Equal((OrderStatus.Shipped, 2), (second.Status, second.Shipments.Count));
    }

    [Fact]
    public void ShipParcel_UnitsNotPicked_Refused() =>
        Assert.True(Reserved.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).IsRefused);

    [Fact]
    public void WhyNotShip_KnownTrackingNumber_FieldRefusal_NothingPicked_Conflict()
    {
        var oneParcel = Fulfilled.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order;

        Assert.Equal(new Refusal("This parcel is already recorded.", "trackingNumber"), oneParcel.WhyNotShip("T1"));
        Assert.Null(oneParcel.WhyNotShip("T2"));
        Assert.Equal("The order is Reserved: it does not take shipment events now.", Reserved.WhyNotShip(null)?.Why);
    }

    [Fact]
    public void Deliver_OneParcelThenAll_PartiallyDeliveredThenDelivered_UnpaidNotCompleted()
    {
        var shipped = Fulfilled.ShipParcel("DHL", "T1", [new LineQuantity(Cup, 1)], At).Order.ShipParcel("DHL", "T2", [new LineQuantity(Cup, 1)], At).Order;

        var one = shipped.Deliver("T1", At).Order;
        var all = one.Deliver(null, At).Order;

        Assert.Equal((Milestone.PartiallyDelivered, false), (one.Timeline[^1].Stage, one.AllDelivered));
        Assert.Equal((OrderStatus.Delivered, true), (all.Status, all.AllDelivered));
        Assert.Same(all, all.Deliver(null, At).Order);
    }

    [Fact]
    public void Deliver_PaidOrder_Completed()
    {
        var paid = OrderJourney.Received("o-4", At).To(OrderStatus.Shipped, At, OrderJourney.Priced("o-4", paid: true));

        Assert.Equal(OrderStatus.Completed, paid.Deliver(null, At).Order.Status);
    }

    [Fact]
    public void Deliver_NotShipped_Refused_WhyNotDeliver_UnknownParcelIsAFieldRefusal()
    {
        var shipped = Fulfilled.To(OrderStatus.Shipped, At);

        Assert.True(Fulfilled.Deliver(null, At).IsRefused);
        Assert.Equal("trackingNumber", shipped.WhyNotDeliver("NOPE")?.Field);
        Assert.Null(shipped.WhyNotDeliver(null));
        Assert.Equal("The order is Fulfilled: it does not take delivery events now.", Fulfilled.WhyNotDeliver(null)?.Why);
    }
}
