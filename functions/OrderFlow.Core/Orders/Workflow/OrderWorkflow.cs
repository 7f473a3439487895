using Microsoft.DurableTask;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// One order from validation to completion (docs/architecture.md §2). Reads top to bottom as the process; every step is
/// an idempotent activity, so replays and retries change nothing twice. Until it ships, a cancel request stops it
/// and gives the stock back.
/// </summary>
public sealed class OrderWorkflow : TaskOrchestrator<OrderWorkflowInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, OrderWorkflowInput input)
    {
        var run = new OrderRun(context, input);
        return run.End(await RunOrFailAsync(run, input));
    }

    static async Task<string> RunOrFailAsync(OrderRun run, OrderWorkflowInput input)
    {
        try
        {
            return await RunStagesAsync(run, input);
        }
        catch (TaskFailedException failure)
        {
            // Before anything ships, undo what was done as a cancel would: a credit note for an issued invoice (its
            // reason is for the customer; the error stays in the timeline), then any stock still held. Once goods
            // have left (a step flagged for attention too often) nothing can be undone. Then say plainly, on the order
            // and to operations, where and why it stopped.
            var why = $"{failure.TaskName} failed: {failure.FailureDetails.ErrorMessage}";
            var undoFailed = run.GoodsLeft ? [] : await run.CompensateAsync("The order could not be completed.", keepGoing: true);
            await run.EndFailedAsync(undoFailed.Count == 0 ? why : $"{why}; undoing also failed: {string.Join("; ", undoFailed)}");
            return nameof(OrderStatus.Failed);
        }
    }

    static async Task<string> RunStagesAsync(OrderRun run, OrderWorkflowInput input)
    {
        // Releasing covers held stock and backorder marks alike, whatever came of the reservation; it is undone last.
        run.OnCancel(() => run.CallAsync<bool>(OrderTasks.Release, input.OrderId));
        var validation = await run.CallAsync<OrderValidation>(OrderTasks.Validate, input);
        if (validation.Order is not { } order)
        {
            return nameof(OrderStatus.Rejected);
        }
        if (validation.HoldReason is { } holdReason && await ApprovalStage.HoldAsync(run, input, holdReason) is { } refusal)
        {
            if (run.IsCancelRequested)
            {
                return await CancelAsync(run, run.CancelReason);
            }
            await run.RecordAsync(OrderStatus.Rejected, refusal);
            return nameof(OrderStatus.Rejected);
        }
        if (validation.CancelKept)
        {
            // The cancel that validation found kept is raised once the workflow runs; it is waited for, never raced.
            await run.CancelRequested;
            return await CancelAsync(run, run.CancelReason);
        }
        // Validation reserved already unless the order was held; then the reservation is a step of its own.
        if (!await StockStage.ReserveOrWaitAsync(run, order, validation.Reservation))
        {
            return await CancelAsync(run, run.CancelReason ?? "The backorder limit passed without stock.");
        }

        if (input.InvoiceOn == InvoiceTiming.Confirmation)
        {
            // Nothing is invoiced for an order already being cancelled.
            if (run.IsCancelRequested)
            {
                return await CancelAsync(run, run.CancelReason);
            }
            await InvoiceAsync(run, order);
        }

        // Invoicing on shipment (the default) is done by the last parcel's step.
        if (!await WarehouseStage.PickAndShipAsync(run, order))
        {
            return await CancelAsync(run, run.CancelReason);
        }
        if (run.IsCancelRequested)
        {
            // Accepted while no parcel was recorded, the cancel reached the workflow after (or with) the first one.
            await run.MarkAsync(Milestone.CancelTooLate, $"Not cancelled, a parcel had already left: {run.CancelReason}", run.CancelledBy);
        }

        // The last delivery of a paid order, or the payment that settles a delivered one, completes it.
        await WarehouseStage.AwaitDeliveryAsync(run);
        if (!order.Paid)
        {
            await CollectPaymentAsync(run, order);
        }
        return nameof(OrderStatus.Completed);
    }

    /// <summary>Until the balance is settled: each payment pays its stated amount, or the whole balance when it states none.</summary>
    static async Task CollectPaymentAsync(OrderRun run, PricedOrder order)
    {
        var received = Money.Zero(order.Currency);
        var references = new HashSet<string>(StringComparer.Ordinal);
        while (received.Minor < order.Gross.Minor)
        {
            var payment = await run.Context.WaitForExternalEvent<PaymentEvent>(OrderEvents.Payment);
            if (!references.Add(payment.Reference))
            {
                continue;
            }
            var amount = payment.AmountIn(order.Currency) ?? order.Gross - received;
            received += amount;
            await run.CallAsync<bool>(OrderTasks.Pay, new PaymentStep(run.OrderId, payment.Reference, amount));
        }
    }

    /// <summary>
    /// Issues the invoice (the next gap-free number), which emails it; a later cancellation or failure credits it.
    /// The credit is registered first: the step may commit the invoice and still fail, and a credit finds nothing to
    /// void when no invoice was issued.
    /// </summary>
    static async Task InvoiceAsync(OrderRun run, PricedOrder order)
    {
        run.OnCancel(() => run.CallAsync<string?>(
            OrderTasks.Credit, new CreditRequest(order.OrderId, run.UndoReason ?? "Order cancelled.", run.Context.CurrentUtcDateTime)));
        await run.CallAsync<string>(OrderTasks.Invoice, new InvoiceRequest(order));
    }

    /// <summary>
    /// Compensation in reverse (a credit note for an invoice, then the stock back), then the order is Cancelled. The
    /// credit note and the customer's email give the reason meant for the customer; an order cancelled without a
    /// request was given up for lack of stock.
    /// </summary>
    static async Task<string> CancelAsync(OrderRun run, string? reason)
    {
        await run.CompensateAsync(run.CustomerCancelReason ?? reason);
        var notice = run.IsCancelRequested ? new CancelNotice(OutOfStock: false, run.CustomerCancelReason) : new CancelNotice(OutOfStock: true);
        await run.RecordCancelledAsync(reason, notice, run.CancelledBy);
        return nameof(OrderStatus.Cancelled);
    }
}
