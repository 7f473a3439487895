using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Staff actions on an order, each sent as its workflow event in the name of <c>by</c> (a refund, after the workflow,
/// and delivery problems, applied to the order itself): the one path of the API routes (POST /api/orders/{id}/…) and
/// of the order page's forms. The order refuses what its stage does not take.
/// </summary>
public sealed class OrderActions(OrderEventRelay relay, OrderBook orders, OrderAlerts alerts, TimeProvider time)
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
        return (await ApplyAsync(id, r => r.RecordRefund(reference!, time.GetUtcNow(), by), cancellationToken)).Outcome;
    }

    /// <summary>A carrier's delivery problem with a parcel: the order is flagged and operations are emailed, once per report.</summary>
    public async Task<EventOutcome> ReportDeliveryProblemAsync(OrderId id, DeliveryProblemBody body, Actor by, CancellationToken cancellationToken)
    {
        var (tracking, problem, errors) = OrderEventBodies.DeliveryProblem(body);
        if (!errors.IsEmpty)
        {
            return new EventOutcome(true, null, errors);
        }
        var (outcome, reported) = await ApplyAsync(id, r => r.ReportDeliveryProblem(tracking!, problem!, time.GetUtcNow(), by), cancellationToken);
        if (reported is not null)
        {
            // Sent again for a repeated report too: the outbox sends one email per report however often it is asked.
            await alerts.DeliveryProblemAsync(reported);
        }
        return outcome;
    }

    /// <summary>Operations dealt with the open delivery problems, as the note says: the flag is cleared.</summary>
    public async Task<EventOutcome> ResolveDeliveryProblemAsync(OrderId id, ResolveDeliveryProblemBody body, Actor by, CancellationToken cancellationToken)
    {
        var (note, errors) = OrderEventBodies.ResolveDeliveryProblem(body);
        return errors.IsEmpty
            ? (await ApplyAsync(id, r => r.ResolveDeliveryProblem(note!, time.GetUtcNow(), by), cancellationToken)).Outcome
            : new EventOutcome(true, null, errors);
    }

    /// <summary>A change the order records itself: its outcome, and the order after it (null when unknown or refused).</summary>
    async Task<(EventOutcome Outcome, OrderRecord? Order)> ApplyAsync(OrderId id, Func<OrderRecord, OrderChange> change, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(id, cancellationToken) is null)
        {
            return (EventOutcome.NotFound, null);
        }
        var applied = await orders.ApplyAsync(id, change, cancellationToken);
        return applied.Refusal is { } refusal ? (EventOutcome.Refused(applied.Order, refusal), null) : (EventOutcome.Accepted, applied.Order);
    }

    /// <summary>A retry of the flagged step; it names how often the order was flagged, so a repeat answers the same flag.</summary>
    public Task<EventOutcome> RetryAsync(DurableTaskClient durable, OrderId id, Actor by, CancellationToken cancellationToken) =>
        relay.SendAsync(durable, id, OrderEvents.Retry, order => OrderEventBodies.Retry(order, by), cancellationToken);
}
