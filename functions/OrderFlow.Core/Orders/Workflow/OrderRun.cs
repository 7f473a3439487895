using Microsoft.DurableTask;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// One execution of the order workflow: its activity calls (with retries), its waits for the warehouse, the
/// carrier or the customer, and the cancel request that may arrive during any wait before shipping.
/// </summary>
sealed class OrderRun(TaskOrchestrationContext context, OrderWorkflowInput input)
{
    // A step staff have retried this often is beyond retrying; the history stays bounded.
    const int MostAttentionFlags = 10;

    // A failed order whose ending cannot be recorded yet is tried again, the pause doubling up to this (storage is down).
    static readonly TimeSpan LongestEndingRetry = TimeSpan.FromHours(1);

    // Orders accepted before the retries were settings carry none and keep the defaults.
    readonly WorkflowRetries retries = input.Retries ?? WorkflowRetries.Default;

    readonly Task<CancelRequest> cancelRequested = context.WaitForExternalEvent<CancelRequest>(OrderEvents.Cancel);
    readonly WatchedActivities activities = new(context);
    readonly Stack<Func<Task>> compensations = new();
    Task<string>? restocked;

    public TaskOrchestrationContext Context => context;

    /// <summary>Storage hiccups and lost races are retried by Durable; what still fails ends the order as Failed.</summary>
    public TaskOptions Retry => TaskOptions.FromRetryPolicy(new RetryPolicy(retries.Attempts, retries.FirstRetry, backoffCoefficient: 2));

    public OrderId OrderId => input.OrderId;

    public FulfilmentMode Mode => input.Mode;

    public InvoiceTiming InvoiceOn => input.InvoiceOn;

    public string? CancelReason => cancelRequested.IsCompletedSuccessfully ? cancelRequested.Result.Reason : null;

    /// <summary>What the cancel request says the customer is told; null when it came with none.</summary>
    public string? CustomerCancelReason => cancelRequested.IsCompletedSuccessfully ? cancelRequested.Result.CustomerReason : null;
    /// <summary>Who sent the cancel request; none when there is none or a shop sent it.</summary>
    public Actor? CancelledBy => cancelRequested.IsCompletedSuccessfully ? cancelRequested.Result.By : null;

    public bool IsCancelRequested => cancelRequested.IsCompleted;

    /// <summary>Completes when a cancel request arrives; listed first in Task.WhenAny so it wins any tie.</summary>
    public Task CancelRequested => cancelRequested;

    /// <summary>
    /// Runs an activity. Once goods have left, a step that still fails is not the end of the order, as failing it
    /// would undo nothing: staff are told, and the step runs again when they ask.
    /// </summary>
    public async Task<T> CallAsync<T>(string task, object input)
    {
        for (var flagged = 0; GoodsLeft && flagged < MostAttentionFlags; flagged++)
        {
            try
            {
                return await activities.CallAsync<T>(task, input, Retry);
            }
            catch (TaskFailedException failure)
            {
                await AwaitRetryAsync(task, failure.FailureDetails.ErrorMessage);
            }
        }
        return await activities.CallAsync<T>(task, input, Retry);
    }

    /// <summary>The workflow returns <paramref name="outcome"/>; an activity call lost and made again may hold its instance open.</summary>
    public string End(string outcome)
    {
        activities.End(outcome);
        return outcome;
    }

    /// <summary>From the first parcel on, a failing step flags the order for attention instead of failing it.</summary>
    public void GoodsHaveLeft() => GoodsLeft = true;

    public bool GoodsLeft { get; private set; }

    async Task AwaitRetryAsync(string task, string error)
    {
        var raised = await activities.CallAsync<int>(OrderTasks.Attention, new AttentionChange(OrderId, task, error), Retry);
        // A retry request names the flag it answers; one meant for an earlier flag is stale.
        RetryRequest request;
        do
        {
            request = await context.WaitForExternalEvent<RetryRequest>(OrderEvents.Retry);
        }
        while (request.Flag != raised);
        await activities.CallAsync<int>(OrderTasks.Attention, new AttentionChange(OrderId, task, null, request.By), Retry);
    }

    /// <summary>Registers what undoes a step if the order is cancelled or fails later; undone last-in, first-out.</summary>
    public void OnCancel(Func<Task> undo) => compensations.Push(undo);

    /// <summary>Why the registered steps are being undone: the cancel reason or the failure, for the credit note.</summary>
    public string? UndoReason { get; private set; }

    /// <summary>
    /// Undoes the registered steps, last first. A cancel stops at the first undo that fails (the order then fails and
    /// undoes the rest); after a failure <paramref name="keepGoing"/> tries every one, so the stock still goes back
    /// when a credit note cannot be issued. Answers the undo steps that failed.
    /// </summary>
    public async Task<IReadOnlyList<string>> CompensateAsync(string? reason, bool keepGoing = false)
    {
        UndoReason = reason;
        var failed = new List<string>();
        while (compensations.TryPop(out var undo))
        {
            try
            {
                await undo();
            }
            catch (TaskFailedException failure) when (keepGoing)
            {
                failed.Add($"{failure.TaskName} failed: {failure.FailureDetails.ErrorMessage}");
            }
        }
        return failed;
    }

    /// <summary>
    /// Ends the order as Failed: operations are told and the status recorded, each tried again after a pause (longer
    /// each time, up to an hour) until it is done, so the order never stays in a status that promises progress.
    /// </summary>
    public async Task EndFailedAsync(string detail)
    {
        var told = false;
        var recorded = false;
        for (var pause = retries.FirstEndingRetry; ; pause = pause * 2 < LongestEndingRetry ? pause * 2 : LongestEndingRetry)
        {
            told = told || await SucceedsAsync(OrderTasks.FailureAlert, new OrderFailure(OrderId, detail));
            recorded = recorded || await SucceedsAsync(OrderTasks.RecordStage, new StageChange(OrderId, OrderStatus.Failed, detail));
            if (told && recorded)
            {
                return;
            }
            using var retry = new DurableTimer(context, pause);
            await retry.Fired;
        }
    }

    async Task<bool> SucceedsAsync(string task, object input)
    {
        try
        {
            await activities.CallAsync<bool>(task, input, Retry);
            return true;
        }
        catch (TaskFailedException)
        {
            return false;
        }
    }

    public Task<bool> RecordAsync(OrderStatus stage, string? detail = null, Actor? by = null) =>
        CallAsync<bool>(OrderTasks.RecordStage, new StageChange(input.OrderId, stage, detail, By: by));

    /// <summary>Cancelled, with what the customer is told why.</summary>
    public Task<bool> RecordCancelledAsync(string? detail, CancelNotice notice, Actor? by) =>
        CallAsync<bool>(OrderTasks.RecordStage, new StageChange(input.OrderId, OrderStatus.Cancelled, detail, By: by) { Notice = notice });

    /// <summary>A timeline milestone that leaves the status unchanged.</summary>
    public Task<bool> MarkAsync(Milestone milestone, string? detail, Actor? by = null) =>
        CallAsync<bool>(OrderTasks.RecordStage, new StageChange(input.OrderId, OrderStatus.Received, detail, milestone, by));

    /// <summary>
    /// Waits for the next step: a short simulated delay in Auto mode, the named event in Manual mode (alerting once
    /// if it is later than the stage's limit). Answers the event's payload, or null when a cancel request came first.
    /// A timer that loses the race is cancelled, so a finished order's instance completes at once.
    /// </summary>
    public async Task<T?> StepAsync<T>(string eventName, T autoResult, bool cancellable = true)
    {
        if (cancellable && cancelRequested.IsCompleted)
        {
            return default;
        }
        if (input.Mode == FulfilmentMode.Auto)
        {
            return await AutoStepAsync(autoResult, cancellable);
        }
        var arrived = context.WaitForExternalEvent<T>(eventName);
        using var deadline = StageDeadline(eventName);
        while (true)
        {
            List<Task> waits = cancellable ? [cancelRequested, arrived] : [arrived];
            if (deadline is { IsPending: true })
            {
                waits.Add(deadline.Passed);
            }
            var first = await Task.WhenAny(waits);
            if (first == cancelRequested)
            {
                return default;
            }
            if (first == arrived)
            {
                return await arrived;
            }
            await BreachAsync(deadline!);
        }
    }

    async Task<T?> AutoStepAsync<T>(T autoResult, bool cancellable)
    {
        if (input.AutoStepDelay <= TimeSpan.Zero)
        {
            return autoResult;
        }
        using var delay = new DurableTimer(context, input.AutoStepDelay);
        if (!cancellable)
        {
            await delay.Fired;
            return autoResult;
        }
        return await Task.WhenAny(cancelRequested, delay.Fired) == cancelRequested ? default : autoResult;
    }

    /// <summary>The stage's time limit (Manual mode), or null when the stage has none; its owner disposes it.</summary>
    public StageDeadline? StageDeadline(string stage) =>
        input.Mode == FulfilmentMode.Manual && input.StageLimits?.GetValueOrDefault(stage) is { } limit && limit > TimeSpan.Zero
            ? new StageDeadline(stage, limit, new DurableTimer(context, limit))
            : null;

    public Task<bool> BreachAsync(StageDeadline deadline) => CallAsync<bool>(OrderTasks.SlaBreach, new SlaBreach(input.OrderId, deadline.Stage, deadline.Limit));

    /// <summary>
    /// Waits up to <paramref name="delay"/> for a restock, or less if a restock or a cancel request comes; answers
    /// whether it was a cancel request. One restock wait lives across retries, so a restock that arrives while a
    /// reservation attempt runs is not lost; the retry timer is cancelled when something else wins.
    /// </summary>
    public async Task<bool> WaitForStockAsync(TimeSpan delay)
    {
        restocked ??= context.WaitForExternalEvent<string>(OrderEvents.StockChanged);
        using var retry = new DurableTimer(context, delay);
        var first = await Task.WhenAny(cancelRequested, restocked, retry.Fired);
        if (first == restocked)
        {
            restocked = null;
        }
        return first == cancelRequested;
    }
}
