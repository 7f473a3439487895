using System.Text.Json;
using Azure.Data.Tables;
using Grpc.Core;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Events;

/// <summary>
/// Sends events into an order's workflow. Requests from people and systems are asked of the order first
/// (<see cref="OrderRecord.WhyNot"/>: a refusal is a conflict naming the stage). Channel events (a shop's "paid" or
/// "cancelled") may arrive before the order itself, and a request may come for an order whose workflow is still queued to start: such events are kept,
/// per order in the PendingOrderEvents table, and replayed when the order starts.
/// </summary>
public sealed partial class OrderEventRelay(OrderBook orders, StockLedger stock, TableServiceClient tables, StorageNames names, ILogger<OrderEventRelay> logger)
{
    const string TableName = "PendingOrderEvents";
    static readonly TimeSpan StartWait = TimeSpan.FromMinutes(1);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly TableClient pending = tables.GetTableClient(names.Table(TableName));

    /// <summary>
    /// Raises the event that <paramref name="build"/> makes from the order as it stands (quantities and parcels are
    /// checked against what is left), or answers why not: unknown order, wrong stage, or field errors.
    /// </summary>
    public async Task<EventOutcome> SendAsync(
        DurableTaskClient durable, OrderId orderId, string eventName, Func<OrderRecord, EventPayload> build, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(orderId, cancellationToken) is not { } record)
        {
            return EventOutcome.NotFound;
        }
        if (record.WhyNot(eventName) is { } refusal)
        {
            return EventOutcome.Refused(record, refusal);
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
        else if (!await durable.TryRaiseEventAsync(orderId.Value, eventName, payload.Value, cancellationToken))
        {
            return await WorkflowEndedAsync(orderId);
        }
        return EventOutcome.Accepted;
    }

    /// <summary>
    /// The first decision is claimed on the order (<see cref="OrderRecord.Decide"/>), then sent. The same decision again
    /// (a retry after a failed send) is sent again with the reason first given.
    /// </summary>
    async Task<EventOutcome> DecideAsync(DurableTaskClient durable, OrderId orderId, ApprovalDecision decision, CancellationToken cancellationToken)
    {
        var wanted = decision.Approved ? HoldDecision.Approved : HoldDecision.Rejected;
        var decided = await orders.ApplyAsync(orderId, r => r.Decide(wanted, decision.Reason, decision.By), cancellationToken);
        if (decided.Refusal is { } refusal)
        {
            return EventOutcome.Refused(decided.Order, refusal);
        }
        // Claimed: a caller hanging up now must not leave the claim unsent.
        return await durable.TryRaiseEventAsync(orderId.Value, OrderEvents.Approval, decision with { Reason = decided.Order.DecisionReason }, CancellationToken.None)
            ? EventOutcome.Accepted
            : await WorkflowEndedAsync(orderId);
    }

    /// <summary>
    /// A payment is claimed on the order (<see cref="OrderRecord.ClaimPayment"/>), then sent with the amount claimed;
    /// the same reference again sends that claim again. Refused as the order says, or when the shop reported the order
    /// paid before it was priced (that payment waits, unclaimed, for the workflow to take the whole balance).
    /// </summary>
    async Task<EventOutcome> PayAsync(DurableTaskClient durable, OrderRecord current, PaymentEvent payment, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        if ((await pending.GetEntityIfExistsAsync<TableEntity>(current.OrderId.Value, OrderEvents.Payment, ["RowKey"], cancellationToken)).HasValue)
        {
            return EventOutcome.WrongStage(current.Status, OrderRecord.PaidInFull);
        }
        // Not cancelled by a caller hanging up: a stored claim must be answered, so the caller knows to retry it.
        var claimed = await orders.ApplyAsync(current.OrderId, r => r.ClaimPayment(payment.Reference, payment.Amount, payment.By), CancellationToken.None);
        if (claimed.Refusal is { } refusal)
        {
            return EventOutcome.Refused(claimed.Order, refusal);
        }
        var claim = claimed.Order.PaymentClaims.First(c => c.Reference == payment.Reference);
        // Claimed: a caller hanging up now must not leave the claim unsent.
        return await durable.TryRaiseEventAsync(current.OrderId.Value, OrderEvents.Payment, payment with { Amount = claim.Amount }, CancellationToken.None)
            ? EventOutcome.Accepted
            : await WorkflowEndedAsync(current.OrderId);
    }

    /// <summary>A conflict with the stage the order ended at: its workflow takes no more events.</summary>
    async Task<EventOutcome> WorkflowEndedAsync(OrderId orderId) =>
        EventOutcome.WrongStage((await orders.FindAsync(orderId, CancellationToken.None))!.Status, WorkflowEnded);

    public const string WorkflowEnded = "The order's workflow has ended and takes no more requests.";

    /// <summary>
    /// A shop says the order is paid: once the order is priced, that claims whatever is still open; before, it is
    /// kept for the workflow like other early events. Answers why it was ignored (nothing open, a finished order),
    /// or null when it was sent or kept.
    /// </summary>
    public async Task<string?> ShopPaidAsync(DurableTaskClient durable, OrderId orderId, string source, CancellationToken cancellationToken)
    {
        var payment = new PaymentEvent(source + ShopPaidSuffix);
        if (await orders.FindAsync(orderId, cancellationToken) is not { Priced: not null } record)
        {
            await KeepOrRaiseAsync(durable, orderId, OrderEvents.Payment, payment, cancellationToken);
            return null;
        }
        if (record.WhyNotPay() is { } refusal)
        {
            return refusal.Why;
        }
        var outcome = await PayAsync(durable, record, payment, cancellationToken);
        return outcome == EventOutcome.Accepted ? null : outcome.Why ?? OrderRecord.PaidInFull;
    }

    /// <summary>Ends the reference of a shop's "paid" ("shopify:paid"); refused as the reference of other payments.</summary>
    public const string ShopPaidSuffix = ":paid";

    /// <summary>Wakes every order waiting for this SKU to try its reservation again now.</summary>
    public async Task WakeBackorderedAsync(DurableTaskClient durable, Sku sku, CancellationToken cancellationToken)
    {
        foreach (var orderId in await stock.BackorderedOrdersAsync(sku, cancellationToken))
        {
            try
            {
                if (!await durable.TryRaiseEventAsync(orderId.Value, OrderEvents.StockChanged, sku.Value, cancellationToken))
                {
                    // Its workflow ended (terminated, purged): nothing waits behind the mark any more.
                    await stock.ClearBackorderAsync(orderId, sku, cancellationToken);
                }
            }
            catch (RpcException ex) when (ex.StatusCode is not StatusCode.Cancelled)
            {
                // The task hub unreachable for now: the stock change stands, the mark stays, and the order tries its
                // reservation again on its own timer; the others are still woken.
                LogNotWoken(logger, orderId.Value, sku.Value, ex.StatusCode);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} backordered for {Sku} could not be woken ({Status}); it retries on its own timer")]
    static partial void LogNotWoken(ILogger logger, string orderId, string sku, StatusCode status);

    /// <summary>Kept first, then raised if the order runs: whichever of the two comes second applies it.</summary>
    public async Task KeepOrRaiseAsync(DurableTaskClient durable, OrderId orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        var json = JsonSerializer.Serialize(payload, Json);
        await pending.UpsertEntityAsync(new TableEntity(orderId.Value, eventName) { ["Payload"] = json }, TableUpdateMode.Replace, cancellationToken);
        var instance = await durable.GetInstanceAsync(orderId.Value, cancellationToken);
        if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            await WaitForStartAsync(durable, orderId, cancellationToken);
        }
        if (instance is { IsRunning: true } or { RuntimeStatus: OrchestrationRuntimeStatus.Pending })
        {
            // A workflow that ended meanwhile takes nothing more: the event stays kept, unread.
            await durable.TryRaiseEventAsync(orderId.Value, eventName, payload, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a cancel was kept for the order. A cancel for an order still Received is always kept (see
    /// <see cref="SendAsync"/>), so until the order is validated this is where one that came before shows.
    /// </summary>
    public async Task<bool> CancelKeptAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        return (await pending.GetEntityIfExistsAsync<TableEntity>(orderId.Value, OrderEvents.Cancel, ["RowKey"], cancellationToken)).HasValue;
    }

    /// <summary>Raises what was kept for an order that has just started, once its workflow runs.</summary>
    public async Task ReplayKeptAsync(DurableTaskClient durable, OrderId orderId, CancellationToken cancellationToken)
    {
        await pending.EnsureExistsAsync(cancellationToken);
        var partition = orderId.Value;
        var kept = new List<TableEntity>();
        await foreach (var entity in pending.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            kept.Add(entity);
        }
        if (kept.Count == 0)
        {
            return;
        }
        await WaitForStartAsync(durable, orderId, cancellationToken);
        foreach (var entity in kept)
        {
            // Raised as the JSON it was kept as, so the workflow reads the same event type either way; a workflow that
            // has already ended takes none.
            await durable.TryRaiseEventAsync(orderId.Value, entity.RowKey, JsonSerializer.Deserialize<JsonElement>(entity.GetString("Payload")), cancellationToken);
        }
    }

    /// <summary>
    /// Waits until the workflow has taken in its start. The Azure Storage provider deletes, unread, events it reads
    /// apart from the start of an instance that has no history yet ("No such instance"), as when the first run of a
    /// new instance is abandoned and its start message comes back later; an event raised once the instance runs is
    /// kept for it. A start that does not come within a minute throws, and the caller's retry raises again.
    /// </summary>
    static async Task WaitForStartAsync(DurableTaskClient durable, OrderId orderId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartWait);
        await durable.WaitForInstanceStartAsync(orderId.Value, timeout.Token);
    }
}

/// <summary>What became of an event: sent, unknown order, refused in this stage (<paramref name="Why"/> says more when
/// the stage alone does not explain it), or invalid fields.</summary>
public sealed record EventOutcome(bool Found, OrderStatus? ConflictingStage, FieldErrors? Errors = null, string? Why = null)
{
    public static readonly EventOutcome Accepted = new(true, null);
    public static readonly EventOutcome NotFound = new(false, null);

    public static EventOutcome WrongStage(OrderStatus stage, string? why = null) => new(true, stage, Why: why);

    /// <summary>The order's refusal: a field error when it names a field of the request, else a conflict with its stage.</summary>
    public static EventOutcome Refused(OrderRecord order, Refusal refusal)
    {
        if (refusal.Field is not { } field)
        {
            return WrongStage(order.Status, refusal.Why);
        }
        var errors = new FieldErrors();
        errors.Add(field, refusal.Why);
        return new EventOutcome(true, null, errors);
    }
}

/// <summary>An event's payload, or what is wrong with the request for it.</summary>
public sealed record EventPayload(object? Value, FieldErrors? Errors = null)
{
    public static EventPayload Invalid(FieldErrors errors) => new(null, errors);
}
