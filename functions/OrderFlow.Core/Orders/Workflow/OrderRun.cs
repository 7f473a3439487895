using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// One execution of the order workflow: its activity calls (with retries), its waits for the warehouse, the
/// carrier or the customer, and the cancel request that may arrive during any wait before shipping.
/// </summary>
sealed class OrderRun(TaskOrchestrationContext context, OrderWorkflowInput input)
{
    // Storage hiccups and lost races are retried by Durable; what still fails ends the order as Failed.
    public static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(1), backoffCoefficient: 2));

    readonly Task<string> cancelRequested = context.WaitForExternalEvent<string>(OrderEvents.Cancel);

    public TaskOrchestrationContext Context => context;

    public string OrderId => input.OrderId;

    public string? CancelReason => cancelRequested.IsCompletedSuccessfully ? cancelRequested.Result : null;

    public Task<T> CallAsync<T>(string task, object input) => context.CallActivityAsync<T>(task, input, Retry);

    public Task<bool> RecordAsync(OrderStatus stage, string? detail = null) =>
        CallAsync<bool>(OrderTasks.RecordStage, new StageChange(input.OrderId, stage, detail));

    /// <summary>A timeline milestone that leaves the status unchanged; "Paid" also marks the order paid.</summary>
    public Task<bool> MarkAsync(string milestone, string? detail) =>
        CallAsync<bool>(OrderTasks.RecordStage, new StageChange(input.OrderId, OrderStatus.Received, detail, Paid: milestone == "Paid", Milestone: milestone));

    public Task<bool> NotifyAsync(CustomerNotice notice) => CallAsync<bool>(OrderTasks.Notify, new NoticeRequest(input.OrderId, notice));

    /// <summary>
    /// Waits for the next step: a short simulated delay in Auto mode, the named event in Manual mode (alerting once
    /// if it is later than the stage's limit). Answers the event's payload, or null when a cancel request came first.
    /// </summary>
    /// <remarks>
    /// Waits race with the cancel request through Task.WhenAny and are simply abandoned when it wins: cancelling a
    /// durable timer through a CancellationToken next to an event wait stalled orchestrations on this engine.
    /// </remarks>
    public async Task<T?> StepAsync<T>(string eventName, T autoResult, bool cancellable = true)
    {
        if (input.Mode == FulfilmentMode.Auto)
        {
            var delay = input.AutoStepDelay > TimeSpan.Zero ? context.CreateTimer(input.AutoStepDelay, CancellationToken.None) : Task.CompletedTask;
            return cancellable && await Task.WhenAny(delay, cancelRequested) == cancelRequested ? default : autoResult;
        }
        if (input.StageLimits?.GetValueOrDefault(eventName) is { } limit && limit > TimeSpan.Zero)
        {
            var inTime = context.WaitForExternalEvent<T>(eventName, limit);
            if (cancellable && await Task.WhenAny(inTime, cancelRequested) == cancelRequested)
            {
                return default;
            }
            try
            {
                return await inTime;
            }
            catch (TaskCanceledException)
            {
                await CallAsync<bool>(OrderTasks.SlaBreach, new SlaBreach(input.OrderId, eventName, limit));
            }
        }
        var late = context.WaitForExternalEvent<T>(eventName);
        return cancellable && await Task.WhenAny(late, cancelRequested) == cancelRequested ? default : await late;
    }

    /// <summary>
    /// Waits up to <paramref name="delay"/> for a restock, or less if a restock or a cancel request comes; answers
    /// whether it was a cancel request.
    /// </summary>
    public async Task<bool> WaitForStockAsync(TimeSpan delay)
    {
        var restocked = context.WaitForExternalEvent<string>(OrderEvents.StockChanged, delay);
        if (await Task.WhenAny(restocked, cancelRequested) == cancelRequested)
        {
            return true;
        }
        try
        {
            await restocked;
        }
        catch (TaskCanceledException)
        {
            // No restock within the delay: time to try again anyway.
        }
        return false;
    }
}
