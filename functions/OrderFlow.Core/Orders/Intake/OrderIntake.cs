using System.Security.Cryptography;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Accepts an order from any channel: stores the raw payload, records the order as Received and queues its start,
/// all three side by side, so the sender waits for one round trip; the workflow runs under the order's deterministic
/// ID. The start waits until the payload and the order are stored. Every step tolerates being repeated, so a
/// retried or duplicated delivery finds the order and starts nothing new, and a delivery that failed half way is
/// completed by the sender's retry.
/// </summary>
public sealed partial class OrderIntake(
    OrderPayloadStore payloads,
    OrderBook orders,
    OrderEventRelay events,
    OrderStarts starts,
    IOptions<FulfilmentOptions> fulfilment,
    IOptions<InvoiceTimingOptions> invoicing,
    IOptions<ApprovalOptions> approval,
    IOptions<WorkflowRetries> retries,
    TimeProvider time,
    ILogger<OrderIntake> logger)
{
    /// <summary>Accepts the order; <paramref name="enteredBy"/> is who entered it by hand (none for a channel's order).</summary>
    public async Task<IntakeResult> AcceptAsync(
        DurableTaskClient durable, string source, string shop, CanonicalOrder order, ReadOnlyMemory<byte> payload, Actor? enteredBy,
        CancellationToken cancellationToken)
    {
        var orderId = OrderIds.From(source, shop, order.ExternalId!);
        using var scope = OrderLogScope.Begin(logger, orderId.Value, "Intake");
        var now = time.GetUtcNow();
        // The payload goes in the order's row when it fits (one write), else in a blob beside it.
        var inRow = payload.Length <= OrderBook.LargestPayloadInRow;
        var delivery = Convert.ToHexStringLower(SHA256.HashData(payload.Span))[..16];
        var saved = inRow ? Task.CompletedTask : payloads.SaveAsync(orderId.Value, delivery, payload, cancellationToken);
        var created = orders.TryCreateAsync(
            OrderRecord.Accept(orderId, source, order.ExternalId!, now, fulfilment.Value.Mode, enteredBy),
            inRow ? payload : null,
            cancellationToken);
        // Even a duplicate queues a start: the first delivery may have died before its start was queued.
        var input = new OrderWorkflowInput(
            orderId, order, fulfilment.Value.Mode, fulfilment.Value.AutoStepDelay, approval.Value.Timeout, fulfilment.Value.StageLimits, invoicing.Value.IssueOn,
            retries.Value, approval.Value.RemindBefore);
        var queued = starts.TryEnqueueAsync(input, cancellationToken);
        await Task.WhenAll(saved, created, queued);
        if (await created)
        {
            LogReceived(logger, orderId.Value, source);
        }
        else if (inRow)
        {
            // A repeated delivery is kept too, in case its bytes differ from the first one's.
            await payloads.SaveAsync(orderId.Value, delivery, payload, cancellationToken);
        }
        if (!await queued)
        {
            await StartAsync(durable, input, cancellationToken);
        }
        return new IntakeResult(orderId, Duplicate: !await created);
    }

    /// <summary>
    /// Starts the order's workflow unless it exists, then raises the channel events kept for it. The raw payload and
    /// the order row come first: until both are stored this throws, and the queue tries again later (an intake still
    /// writing them, or one that failed and whose sender delivers again). The order row, not the task hub, says
    /// whether the workflow ran: an order past Received whose instance is gone is left as it is.
    /// </summary>
    public async Task StartAsync(DurableTaskClient durable, OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        using var scope = OrderLogScope.Begin(logger, input.OrderId.Value, "Start");
        if (await StartWorkflowOnceAsync(durable, input, cancellationToken))
        {
            await events.ReplayKeptAsync(durable, input.OrderId, cancellationToken);
        }
    }

    /// <summary>Answers whether the order's workflow exists now; false when it ran and was purged since.</summary>
    async Task<bool> StartWorkflowOnceAsync(DurableTaskClient durable, OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        var stored = await orders.ReadyToStartAsync(input.OrderId, cancellationToken);
        if (stored is null || (!stored.PayloadInRow && (await payloads.ListAsync(input.OrderId.Value, cancellationToken)).Count == 0))
        {
            throw new InvalidOperationException($"Order {input.OrderId} is not stored yet: its payload and its row come before its workflow.");
        }
        if (!stored.Record.AwaitsWorkflow)
        {
            var exists = await durable.GetInstanceAsync(input.OrderId.Value, cancellationToken) is not null;
            if (!exists)
            {
                LogNotStartedAgain(logger, stored.Record.Status);
            }
            return exists;
        }
        try
        {
            // An order ID names one workflow forever: never let a second start replace it, whatever its state. The
            // task hub checks that as it creates the instance, so a first start (the usual case) asks nothing more.
            var options = new StartOrchestrationOptions(input.OrderId.Value).WithDedupeStatuses([.. StartOrchestrationOptionsExtensions.ValidDedupeStatuses]);
            await durable.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, input, options, cancellationToken);
        }
        catch (Exception)
        {
            // A concurrent delivery may have started it first; how a provider reports that differs, so the
            // instance itself is what counts.
            if (await durable.GetInstanceAsync(input.OrderId.Value, cancellationToken) is null)
            {
                throw;
            }
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} received from {Source}")]
    static partial void LogReceived(ILogger logger, string orderId, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "The order is {Status} and its workflow finished and was purged: it is not started again")]
    static partial void LogNotStartedAgain(ILogger logger, OrderStatus status);
}

public sealed record IntakeResult(OrderId OrderId, bool Duplicate);
