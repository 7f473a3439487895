using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Staff actions on an order, each sent as its workflow event in the name of <c>by</c> (a refund, after the workflow,
/// applied to the order itself): the one path of the API routes (POST /api/orders/{id}/…) and of the order page's
/// forms. The order refuses what its stage does not take.
/// </summary>
public sealed class OrderActions(OrderEventRelay relay, OrderBook orders, TimeProvider time)
{
    public Task<EventOutcome> CancelAsync(DurableTaskClient durable, OrderId id, CancelBody body, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Cancel, _ => OrderEventBodies.Cancel(body, by), cancellationToken);

    public Task<EventOutcome> DecideAsync(DurableTaskClient durable, OrderId id, bool approved, ReasonInput body, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Approval, _ => OrderEventBodies.Approval(body, approved, by), cancellationToken);

    /// <summary>A pick, once per reference (else per <paramref name="idempotencyKey"/>).</summary>
    public Task<EventOutcome> PickAsync(DurableTaskClient durable, OrderId id, PickBody body, string? idempotencyKey, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Fulfilment, order => OrderEventBodies.Pick(body, order, idempotencyKey, by), cancellationToken);

    /// <summary>A parcel, once per tracking number.</summary>
    public Task<EventOutcome> ShipAsync(DurableTaskClient durable, OrderId id, ShipmentBody body, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Shipment, order => OrderEventBodies.Parcel(body, order, by), cancellationToken);

    public Task<EventOutcome> DeliverAsync(DurableTaskClient durable, OrderId id, DeliveryBody body, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Delivery, order => OrderEventBodies.Delivery(body, order, by), cancellationToken);

    /// <summary>A payment, once per reference (else per <paramref name="idempotencyKey"/>).</summary>
    public Task<EventOutcome> PayAsync(DurableTaskClient durable, OrderId id, PaymentBody body, string? idempotencyKey, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Payment, order => OrderEventBodies.Payment(body, order, idempotencyKey, by), cancellationToken);

    /// <summary>A refund paid back, once per reference (else per <paramref name="idempotencyKey"/>).</summary>
    public async Task<EventOutcome> RefundAsync(OrderId id, RefundBody body, string? idempotencyKey, Actor by, CancellationToken cancellationToken)
    {
        var (reference, errors) = OrderEventBodies.Refund(body, idempotencyKey);
        if (!errors.IsEmpty)
        {
            return new EventOutcome(true, null, errors);
        }
        if (await orders.FindAsync(id, cancellationToken) is null)
        {
            return EventOutcome.NotFound;
        }
        var refunded = await orders.ApplyAsync(id, r => r.RecordRefund(reference!, time.GetUtcNow(), by), cancellationToken);
        return refunded.Refusal is { } refusal ? EventOutcome.Refused(refunded.Order, refusal) : EventOutcome.Accepted;
    }

    /// <summary>A retry of the flagged step; it names how often the order was flagged, so a repeat answers the same flag.</summary>
    public Task<EventOutcome> RetryAsync(DurableTaskClient durable, OrderId id, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Retry, order => OrderEventBodies.Retry(order, by), cancellationToken);
}
