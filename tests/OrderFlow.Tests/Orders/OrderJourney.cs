using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.TestOrders;

/// <summary>
/// Orders in a chosen stage for tests, reached as the workflow reaches it: through the aggregate's business events,
/// each taken at the given time (the stages on the way too). Shared by the unit and integration tests.
/// </summary>
static class OrderJourney
{
    /// <summary>One line of 2 × <paramref name="sku"/> at 10.00 with 19 % tax and 4.90 shipping: 28.70 gross.</summary>
    public static PricedOrder Priced(string orderId, bool paid = true, string customerId = "c-1", string currency = "EUR", string sku = "CUP", int quantity = 2) => new(
        OrderId.Parse(orderId), CustomerId.Parse(customerId), "c@example.test", "C", Currency.Parse(currency), [new PricedLine(Sku.Parse(sku), "Cup", quantity, 1000, 0.19m, 1000L * quantity, 190L * quantity)], 490,
        new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), paid);

    public static OrderRecord Received(string orderId, DateTimeOffset at, FulfilmentMode mode = FulfilmentMode.Manual) =>
        OrderRecord.Accept(OrderId.Parse(orderId), "test", orderId, at, mode);

    /// <summary>The order moved on to <paramref name="stage"/>; throws when the aggregate refuses a step on the way.</summary>
    public static OrderRecord To(this OrderRecord order, OrderStatus stage, DateTimeOffset at, PricedOrder? priced = null)
    {
        var change = order.TryTo(stage, at, priced);
        return change.Refusal is { } refusal
            ? throw new InvalidOperationException($"{order.OrderId} cannot move from {order.Status} to {stage}: {refusal.Why}")
            : change.Order;
    }

    /// <summary>The order moved on to <paramref name="stage"/>, or unchanged with the refusal of the step that failed.</summary>
    public static OrderChange TryTo(this OrderRecord order, OrderStatus stage, DateTimeOffset at, PricedOrder? priced = null)
    {
        if (order.HasReached(stage))
        {
            return OrderChange.Unchanged(order);
        }
        var before = Before(order, stage);
        var on = before is { } previous ? order.TryTo(previous, at, priced) : OrderChange.Unchanged(order);
        if (on.Refusal is not null)
        {
            return new OrderChange(order, on.Refusal);
        }
        // A paid order's delivery completes it on the way.
        return on.Order.HasReached(stage) ? on : Step(on.Order, stage, at, priced);
    }

    /// <summary>The stage to reach first, or null when <paramref name="stage"/> is taken from where the order is.</summary>
    static OrderStatus? Before(OrderRecord order, OrderStatus stage) => stage switch
    {
        OrderStatus.OnHold or OrderStatus.Reserved or OrderStatus.Backordered => OrderStatus.Validated,
        OrderStatus.Fulfilled or OrderStatus.Invoiced => OrderStatus.Reserved,
        OrderStatus.Shipped => OrderStatus.Fulfilled,
        OrderStatus.Delivered => OrderStatus.Shipped,
        OrderStatus.Completed => OrderStatus.Delivered,
        _ => null,
    };

    static OrderChange Step(OrderRecord order, OrderStatus stage, DateTimeOffset at, PricedOrder? priced) => stage switch
    {
        OrderStatus.Validated => order.Validate(priced ?? Priced(order.OrderId.Value), at),
        OrderStatus.OnHold => order.Hold("held for the test", at),
        OrderStatus.Reserved => Approved(order, at).Reserve(Reservations(order, reserved: true), at),
        OrderStatus.Backordered => Approved(order, at).Reserve(Reservations(order, reserved: false), at),
        OrderStatus.Fulfilled => order.Pick("all", Left(order.Progress.LeftToPick), at),
        OrderStatus.Shipped => order.ShipParcel("DHL", "T-" + order.OrderId, Left(order.Progress.LeftToShip), at),
        OrderStatus.Invoiced => order.Invoice(DocumentNumber.Parse("INV-2026-000001"), at),
        OrderStatus.Delivered => order.Deliver(null, at),
        OrderStatus.Completed => order.TakePayment("pay", order.OpenBalance(), at),
        OrderStatus.Rejected => order.Status == OrderStatus.OnHold ? order.RejectOnHold("rejected for the test", at) : order.RejectInvalid(["invalid for the test"], at),
        OrderStatus.Cancelled => order.Cancel("cancelled for the test", at),
        OrderStatus.Failed => order.Fail("failed for the test", at),
        _ => OrderChange.Unchanged(order),
    };

    /// <summary>An order on hold is approved before it reserves, as the workflow does.</summary>
    static OrderRecord Approved(OrderRecord order, DateTimeOffset at) => order.Status == OrderStatus.OnHold ? order.Approve(null, at).Order : order;

    static IReadOnlyList<ReservationResult> Reservations(OrderRecord order, bool reserved) =>
        [.. order.Priced!.Lines.Select(l => reserved
            ? new ReservationResult(l.Sku, l.Quantity, ReservationState.Reserved, [new Allocation("main", l.Quantity)], 0, false)
            : new ReservationResult(l.Sku, l.Quantity, null, [], l.Quantity, false))];

    static IReadOnlyList<LineQuantity> Left(IReadOnlyDictionary<Sku, int> left) =>
        [.. left.Where(l => l.Value > 0).Select(l => new LineQuantity(l.Key, l.Value))];
}
