using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Section "OrderFlow:Workflow:StuckSteps": how long an order's activity call may stay unanswered before the sweep
/// has it made again. Far longer than a call and its retries take (seconds), and than the task hub's five minutes
/// before a message its worker dropped is delivered again.
/// </summary>
public sealed record StuckStepOptions
{
    public const string Section = "OrderFlow:Workflow:StuckSteps";

    public TimeSpan After { get; init; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Finds running order workflows whose activity call has gone unanswered too long (<see cref="StepInFlight"/>) and
/// nudges each to make the call again, and terminates those that have ended but that a lost call holds open
/// (<see cref="EndedHeldOpen"/>); on a schedule (setting "StuckStepSweepSchedule"), once across workers.
/// </summary>
public sealed partial class StuckStepSweep(IOptions<StuckStepOptions> options, TimeProvider time, ILogger<StuckStepSweep> logger)
{
    public const string ScheduleSetting = "StuckStepSweepSchedule";

    /// <summary>Answers how many workflows were nudged, and how many that had ended but were held open were terminated.</summary>
    public async Task<(int Nudged, int Terminated)> SweepAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (nudged, terminated) = (0, 0);
        var running = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running] };
        await foreach (var instance in durable.GetAllInstancesAsync(running).WithCancellation(cancellationToken))
        {
            if (StepInFlight.Parse(instance.SerializedCustomStatus) is { } step && step.IsStuck(now, options.Value.After))
            {
                // An instance that has ended since it was listed needs no nudge.
                if (await durable.TryRaiseEventAsync(instance.InstanceId, OrderEvents.StuckStep, new StuckStepNudge(step.Call), cancellationToken))
                {
                    LogStuck(logger, instance.InstanceId, step.Task, step.Since);
                    nudged++;
                }
            }
            else if (EndedHeldOpen.Parse(instance.SerializedCustomStatus) is { } ended)
            {
                // The order has ended; only the lost call's answer could still end its instance.
                await durable.TerminateInstanceAsync(instance.InstanceId, new TerminateInstanceOptions { Output = ended.Outcome }, cancellationToken);
                LogHeldOpen(logger, instance.InstanceId, ended.Outcome);
                terminated++;
            }
        }
        return (nudged, terminated);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order workflow {InstanceId}: {Task} unanswered since {Since:u}, made again")]
    static partial void LogStuck(ILogger logger, string instanceId, string task, DateTime since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order workflow {InstanceId} ended {Outcome} with a lost call still open: terminated")]
    static partial void LogHeldOpen(ILogger logger, string instanceId, string outcome);
}
