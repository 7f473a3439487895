using System.Security.Cryptography;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Accepts an order from any channel: stores the raw payload and records the order as Received (side by side, so
/// the sender waits for one round trip), then queues its start; the workflow runs under the order's deterministic
/// ID. Every step tolerates being repeated, so a retried or duplicated delivery finds the order and starts nothing
/// new, and a delivery that failed half way is completed by the sender's retry.
/// </summary>
public sealed class OrderIntake(
    OrderPayloadStore payloads,
    OrderBook orders,
    OrderEventRelay events,
    OrderStarts starts,
    IOptions<FulfilmentOptions> fulfilment,
    IOptions<InvoiceTimingOptions> invoicing,
    IOptions<ApprovalOptions> approval,
    TimeProvider time,
    ILogger<OrderIntake> logger)
{
    public async Task<IntakeResult> AcceptAsync(
        DurableTaskClient durable, string source, string shop, CanonicalOrder order, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var orderId = OrderIds.From(source, shop, order.ExternalId!);
        using var scope = OrderLogScope.Begin(logger, orderId, "Intake");
        var now = time.GetUtcNow();
        var saved = payloads.SaveAsync(orderId, Convert.ToHexStringLower(SHA256.HashData(payload.Span))[..16], payload, cancellationToken);
        var created = orders.TryCreateAsync(
            new OrderRecord { OrderId = orderId, Source = source, ExternalId = order.ExternalId!, ReceivedAt = now, Mode = fulfilment.Value.Mode }
                .Enter(OrderStatus.Received, now),
            cancellationToken);
        await Task.WhenAll(saved, created);
        // Even a duplicate queues a start: the first delivery may have died between the row and the queue.
        var input = new OrderWorkflowInput(
            orderId, order, fulfilment.Value.Mode, fulfilment.Value.AutoStepDelay, approval.Value.Timeout, fulfilment.Value.StageLimits, invoicing.Value.IssueOn);
        if (!await starts.TryEnqueueAsync(input, cancellationToken))
        {
            await StartAsync(durable, input, cancellationToken);
        }
        return new IntakeResult(orderId, Duplicate: !await created);
    }

    /// <summary>Starts the order's workflow unless it exists, then raises the channel events kept for it.</summary>
    public async Task StartAsync(DurableTaskClient durable, OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        using var scope = OrderLogScope.Begin(logger, input.OrderId, "Start");
        await StartWorkflowOnceAsync(durable, input, cancellationToken);
        await events.ReplayKeptAsync(durable, input.OrderId, cancellationToken);
    }

    static async Task StartWorkflowOnceAsync(DurableTaskClient durable, OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        if (await durable.GetInstanceAsync(input.OrderId, cancellationToken) is not null)
        {
            return;
        }
        try
        {
            // An order ID names one workflow forever: never let a second start replace it, whatever its state.
            var options = new StartOrchestrationOptions(input.OrderId).WithDedupeStatuses([.. StartOrchestrationOptionsExtensions.ValidDedupeStatuses]);
            await durable.ScheduleNewOrchestrationInstanceAsync(OrderTasks.Workflow, input, options, cancellationToken);
        }
        catch (Exception)
        {
            // A concurrent delivery may have started it first; how a provider reports that differs, so the
            // instance itself is what counts.
            if (await durable.GetInstanceAsync(input.OrderId, cancellationToken) is null)
            {
                throw;
            }
        }
    }
}

public sealed record IntakeResult(string OrderId, bool Duplicate);
