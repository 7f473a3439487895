using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// One order from validation to completion (ARCHITECTURE.md §4). Reads top to bottom as the process; every step is
/// an idempotent activity, so replays and retries change nothing twice.
/// </summary>
public sealed class OrderWorkflow : TaskOrchestrator<OrderWorkflowInput, string>
{
    // While backordered the order retries its reservation, waiting twice as long each time up to an hour, so
    // a week's wait stays under two hundred retries in the orchestration's history.
    static readonly TimeSpan FirstBackorderRetry = TimeSpan.FromSeconds(30);
    static readonly TimeSpan LongestBackorderRetry = TimeSpan.FromHours(1);
    static readonly TimeSpan BackorderLimit = TimeSpan.FromDays(7);

    // Storage hiccups and lost races are retried by Durable; what still fails ends the order as Failed.
    static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, OrderWorkflowInput input)
    {
        try
        {
            return await RunStagesAsync(context, input);
        }
        catch (TaskFailedException failure)
        {
            // Give back any stock still held, then say plainly where and why it stopped.
            var order = new StageChange(input.OrderId, OrderStatus.Failed, $"{failure.TaskName} failed: {failure.FailureDetails.ErrorMessage}");
            await context.CallActivityAsync<bool>(OrderTasks.Release, input.OrderId, Retry);
            await context.CallActivityAsync<bool>(OrderTasks.RecordStage, order, Retry);
            return nameof(OrderStatus.Failed);
        }
    }

    static async Task<string> RunStagesAsync(TaskOrchestrationContext context, OrderWorkflowInput input)
    {
        var validation = await context.CallActivityAsync<OrderValidation>(OrderTasks.Validate, input, Retry);
        if (validation.Order is not { } order)
        {
            return nameof(OrderStatus.Rejected);
        }
        if (!await ReserveOrWaitForStockAsync(context, order))
        {
            await RecordAsync(context, order, OrderStatus.Cancelled, "Backorder limit reached without stock.");
            return nameof(OrderStatus.Cancelled);
        }

        await AutoStepAsync(context, input);
        await context.CallActivityAsync<bool>(OrderTasks.Fulfil, order, Retry);

        await AutoStepAsync(context, input);
        var tracking = "DEMO" + context.NewGuid().ToString("N")[..12].ToUpperInvariant();
        await context.CallActivityAsync<bool>(OrderTasks.Ship, new ShipmentInput(order.OrderId, "DemoCarrier", tracking), Retry);

        await context.CallActivityAsync<string>(OrderTasks.Invoice, new InvoiceRequest(order, context.CurrentUtcDateTime), Retry);

        await AutoStepAsync(context, input);
        await RecordAsync(context, order, OrderStatus.Delivered);

        if (!order.Paid)
        {
            var payment = await context.WaitForExternalEvent<string>(OrderEvents.Payment);
            await context.CallActivityAsync<bool>(OrderTasks.RecordStage, new StageChange(order.OrderId, OrderStatus.Delivered, payment, Paid: true), Retry);
        }
        await RecordAsync(context, order, OrderStatus.Completed);
        return nameof(OrderStatus.Completed);
    }

    static async Task<bool> ReserveOrWaitForStockAsync(TaskOrchestrationContext context, PricedOrder order)
    {
        var giveUpAt = context.CurrentUtcDateTime + BackorderLimit;
        var wait = FirstBackorderRetry;
        while (context.CurrentUtcDateTime < giveUpAt)
        {
            var outcome = await context.CallActivityAsync<ReservationOutcome>(OrderTasks.Reserve, order, Retry);
            if (outcome.Reserved)
            {
                return true;
            }
            await context.CreateTimer(wait, CancellationToken.None);
            wait = wait * 2 < LongestBackorderRetry ? wait * 2 : LongestBackorderRetry;
        }
        return false;
    }

    /// <summary>In Auto mode the simulated warehouse and carrier take a moment per step, so a person can watch.</summary>
    static Task AutoStepAsync(TaskOrchestrationContext context, OrderWorkflowInput input) =>
        input.AutoStepDelay > TimeSpan.Zero ? context.CreateTimer(input.AutoStepDelay, CancellationToken.None) : Task.CompletedTask;

    static Task<bool> RecordAsync(TaskOrchestrationContext context, PricedOrder order, OrderStatus stage, string? detail = null) =>
        context.CallActivityAsync<bool>(OrderTasks.RecordStage, new StageChange(order.OrderId, stage, detail), Retry);
}
