using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Events;

/// <summary>
/// Sends events into an order's workflow. Requests from people and systems are checked against the order's stage
/// first (wrong stage → conflict naming it). Channel events (a shop's "paid" or "cancelled") may arrive before the
/// order itself, and a request may come for an order whose workflow is still queued to start: such events are kept,
/// per order in the PendingOrderEvents table, and replayed when the order starts.
/// </summary>
public sealed class OrderEventRelay(OrderBook orders, StockLedger stock, TableServiceClient tables, StorageNames names)
{
    const string TableName = "PendingOrderEvents";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly TableClient pending = tables.GetTableClient(names.Table(TableName));

    /// <summary>
    /// Raises the event that <paramref name="build"/> makes from the order as it stands (quantities and parcels are
    /// checked against what is left), or answers why not: unknown order, wrong stage, or field errors.
    /// </summary>
    public async Task<EventOutcome> SendAsync(
        DurableTaskClient durable, string orderId, string eventName, Func<OrderRecord, EventPayload> build, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { } record)
        {
            return EventOutcome.NotFound;
        }
        if (!OrderEventRules.Allows(eventName, record))
        {
            return Refused(record, eventName);
        }
        var payload = build(record);
        if (payload.Errors is { IsEmpty: false } errors)
        {
            return new EventOutcome(true, null, errors);
        }
        if (payload.Value is ApprovalDecision decision)
        {
            return await DecideAsync(durable, orderId, decision, cancellationToken);
        }
        if (payload.Value is PaymentEvent payment)
        {
            return await PayAsync(durable, record, payment, cancellationToken);
        }
        if (record.Status == OrderStatus.Received)
        {
            // Its workflow may not have started yet (a start waits its turn in a queue), so the event is kept for it.
            await KeepOrRaiseAsync(durable, orderId, eventName, payload.Value!, cancellationToken);
        }
        else
        {
            await durable.RaiseEventAsync(orderId, eventName, payload.Value, cancellationToken);
        }
        return EventOutcome.Accepted;
    }

    /// <summary>
    /// The first decision is claimed on the order, then sent. The same decision again (a retry after a failed
    /// send) is sent again with the reason first given; a different one is refused, naming the one that stands.
    /// </summary>
    async Task<EventOutcome> DecideAsync(DurableTaskClient durable, string orderId, ApprovalDecision decision, CancellationToken cancellationToken)
    {
        var wanted = decision.Approved ? HoldDecisions.Approved : HoldDecisions.Rejected;
        var record = await orders.DecideAsync(orderId, wanted, decision.Reason, cancellationToken);
        if (record.Decision != wanted)
        {
            return Refused(record, OrderEvents.Approval);
        }
        // Claimed: a caller hanging up now must not leave the claim unsent.
        await durable.RaiseEventAsync(orderId, OrderEvents.Approval, decision with { Reason = record.DecisionReason }, CancellationToken.None);
        return EventOutcome.Accepted;
    }

    /// <summary>
    /// A payment is claimed on the order, then sent with the amount claimed; the same reference again sends that
    /// claim again. Refused when it would pay more than is open, or when the shop reported the order paid before it
    /// was priced (that payment waits, unclaimed, for the workflow to take the whole balance).
    /// </summary>
    async Task<EventOutcome> PayAsync(DurableTaskClient durable, OrderRecord current, PaymentEvent payment, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        if ((await pending.GetEntityIfExistsAsync<TableEntity>(current.OrderId, OrderEvents.Payment, ["RowKey"], cancellationToken)).HasValue)
        {
            return EventOutcome.WrongStage(current.Status, PaidInFull);
        }
        // Not cancelled by a caller hanging up: a stored claim must be answered, so the caller knows to retry it.
        var record = await orders.ClaimPaymentAsync(current.OrderId, payment.Reference, payment.AmountMinor, CancellationToken.None);
        if (record.PaymentClaims.FirstOrDefault(c => c.Reference == payment.Reference) is not { } claim)
        {
            if (!OrderEventRules.Allows(OrderEvents.Payment, record) && !record.Paid)
            {
                return Refused(record, OrderEvents.Payment);
            }
            if (record.Paid || record.OpenBalanceMinor() <= 0)
            {
                return EventOutcome.WrongStage(record.Status, PaidInFull);
            }
            var errors = new FieldErrors();
            errors.Add("amount", PaymentClaim.AmountRule(record));
            return new EventOutcome(true, null, errors);
        }
        // Claimed: a caller hanging up now must not leave the claim unsent.
        await durable.RaiseEventAsync(current.OrderId, OrderEvents.Payment, payment with { AmountMinor = claim.AmountMinor }, CancellationToken.None);
        return EventOutcome.Accepted;
    }

    /// <summary>
    /// A shop says the order is paid: once the order is priced, that claims whatever is still open; before, it is
    /// kept for the workflow like other early events. Answers why it was ignored (nothing open, a finished order),
    /// or null when it was sent or kept.
    /// </summary>
    public async Task<string?> ShopPaidAsync(DurableTaskClient durable, string orderId, string source, CancellationToken cancellationToken)
    {
        var payment = new PaymentEvent(source + ShopPaidSuffix);
        if (await orders.FindAsync(orderId, cancellationToken) is not { Priced: not null } record)
        {
            await KeepOrRaiseAsync(durable, orderId, OrderEvents.Payment, payment, cancellationToken);
            return null;
        }
        if (!OrderEventRules.Allows(OrderEvents.Payment, record))
        {
            return record.Paid ? PaidInFull : $"The order is {record.Status}.";
        }
        var outcome = await PayAsync(durable, record, payment, cancellationToken);
        return outcome == EventOutcome.Accepted ? null
            : outcome.Why ?? (outcome.ConflictingStage is { } stage ? $"The order is {stage}." : PaidInFull);
    }

    /// <summary>Ends the reference of a shop's "paid" ("shopify:paid"); refused as the reference of other payments.</summary>
    public const string ShopPaidSuffix = ":paid";

    public const string PaidInFull = "The order is paid in full already.";

    /// <summary>Wrong stage; for a decision, the one already standing says more than the stage.</summary>
    static EventOutcome Refused(OrderRecord record, string eventName) => EventOutcome.WrongStage(
        record.Status, eventName == OrderEvents.Approval && record.Decision is { } standing ? HoldDecisions.AlreadyMade(standing) : null);

    /// <summary>Wakes every order waiting for this SKU to try its reservation again now.</summary>
    public async Task WakeBackorderedAsync(DurableTaskClient durable, string sku, CancellationToken cancellationToken)
    {
        foreach (var orderId in await stock.BackorderedOrdersAsync(sku, cancellationToken))
        {
            try
            {
                await durable.RaiseEventAsync(orderId, OrderEvents.StockChanged, sku, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An order that is gone (purged, terminated) must not keep the others waiting; theirs retry on a timer anyway.
                await stock.ClearBackorderAsync(orderId, sku, cancellationToken);
            }
        }
    }

    /// <summary>Kept first, then raised if the order runs: whichever of the two comes second applies it.</summary>
    public async Task KeepOrRaiseAsync(DurableTaskClient durable, string orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        var json = JsonSerializer.Serialize(payload, Json);
        await pending.UpsertEntityAsync(new TableEntity(orderId, eventName) { ["Payload"] = json }, TableUpdateMode.Replace, cancellationToken);
        if (await durable.GetInstanceAsync(orderId, cancellationToken) is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            await durable.RaiseEventAsync(orderId, eventName, payload, cancellationToken);
        }
    }

    /// <summary>Raises what was kept for an order that has just started.</summary>
    public async Task ReplayKeptAsync(DurableTaskClient durable, string orderId, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        await foreach (var kept in pending.QueryAsync<TableEntity>(e => e.PartitionKey == orderId, cancellationToken: cancellationToken))
        {
            // Raised as the JSON it was kept as, so the workflow reads the same event type either way.
            await durable.RaiseEventAsync(orderId, kept.RowKey, JsonSerializer.Deserialize<JsonElement>(kept.GetString("Payload")), cancellationToken);
        }
    }
}

/// <summary>What became of an event: sent, unknown order, refused in this stage (<paramref name="Why"/> says more when
/// the stage alone does not explain it), or invalid fields.</summary>
public sealed record EventOutcome(bool Found, OrderStatus? ConflictingStage, FieldErrors? Errors = null, string? Why = null)
{
    public static readonly EventOutcome Accepted = new(true, null);
    public static readonly EventOutcome NotFound = new(false, null);

    public static EventOutcome WrongStage(OrderStatus stage, string? why = null) => new(true, stage, Why: why);
}

/// <summary>An event's payload, or what is wrong with the request for it.</summary>
public sealed record EventPayload(object? Value, FieldErrors? Errors = null)
{
    public static EventPayload Invalid(FieldErrors errors) => new(null, errors);
}
