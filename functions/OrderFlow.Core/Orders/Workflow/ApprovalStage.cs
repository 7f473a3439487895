using OrderFlow.Core.Orders.StaffAlerts;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// On hold until a person approves: the approvers are emailed as the hold starts and reminded before it times out;
/// answers why not when it is rejected, cancelled or left unanswered past the timeout.
/// </summary>
static class ApprovalStage
{
    public static async Task<string?> HoldAsync(OrderRun run, OrderWorkflowInput input, string reason)
    {
        await run.RecordAsync(OrderStatus.OnHold, reason);
        var endsAt = run.Context.CurrentUtcDateTime + input.ApprovalTimeout;
        await NotifyAsync(run, input, endsAt, ApproverEmailKind.Hold);
        // The timeout's timer is cancelled with the wait when a cancel request comes first (synchronously: see DurableTimer);
        // the reminder's when anything ends the wait.
        using var stopWaiting = new CancellationTokenSource();
        var answer = run.Context.WaitForExternalEvent<ApprovalDecision>(OrderEvents.Approval, input.ApprovalTimeout, stopWaiting.Token);
        using var reminder = ReminderTimer(run, input);
        while (true)
        {
            List<Task> waits = [run.CancelRequested, answer];
            if (reminder is { Fired.IsCompleted: false })
            {
                waits.Add(reminder.Fired);
            }
            var first = await Task.WhenAny(waits);
            if (first == run.CancelRequested)
            {
                stopWaiting.Cancel();
                return "Cancelled while on hold.";
            }
            if (first == answer)
            {
                return await DecidedAsync(run, input, answer);
            }
            await NotifyAsync(run, input, endsAt, ApproverEmailKind.Reminder);
        }
    }

    static async Task<string?> DecidedAsync(OrderRun run, OrderWorkflowInput input, Task<ApprovalDecision> answer)
    {
        ApprovalDecision decision;
        try
        {
            decision = await answer;
        }
        catch (TaskCanceledException)
        {
            // Time is up, but a person's decision claimed just before stands: the approver was told it was accepted.
            if (await run.CallAsync<ApprovalDecision?>(OrderTasks.DecideOnTimeout, input.OrderId) is not { } standing)
            {
                return $"No approval within {input.ApprovalTimeout}.";
            }
            decision = standing;
        }
        if (decision.Approved)
        {
            await run.MarkAsync(Milestone.Approved, decision.Reason);
            return null;
        }
        return "Rejected on approval" + (decision.Reason is { } why ? $": {why}" : ".");
    }

    /// <summary>Orders accepted before approvers were emailed have no reminder setting, and their history no emails.</summary>
    static Task NotifyAsync(OrderRun run, OrderWorkflowInput input, DateTimeOffset endsAt, ApproverEmailKind kind) =>
        input.RemindApproversBefore is null
            ? Task.CompletedTask
            : run.CallAsync<bool>(OrderTasks.NotifyApprovers, new ApproverNotice(input.OrderId, endsAt, kind));

    /// <summary>Fires <see cref="OrderWorkflowInput.RemindApproversBefore"/> before the timeout, or is null when the hold is too short for it.</summary>
    static DurableTimer? ReminderTimer(OrderRun run, OrderWorkflowInput input) =>
        input.RemindApproversBefore is { } before && before > TimeSpan.Zero && before < input.ApprovalTimeout
            ? new DurableTimer(run.Context, input.ApprovalTimeout - before)
            : null;
}
