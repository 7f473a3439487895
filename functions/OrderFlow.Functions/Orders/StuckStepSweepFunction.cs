using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Functions.Orders;

public sealed class StuckStepSweepFunction(StuckStepSweep sweep)
{
    /// <summary>On the schedule the setting gives (every five minutes when deployed): workflows a lost activity call stalled go on, and end.</summary>
    [Function("NudgeStuckOrderSteps")]
    public Task RunAsync(
        [TimerTrigger("%" + StuckStepSweep.ScheduleSetting + "%")] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        sweep.SweepAsync(durable, cancellationToken);
}
