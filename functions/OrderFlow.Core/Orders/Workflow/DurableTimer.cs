using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A durable timer that a wait may give up on. The engine keeps an orchestration Running, even after it returns,
/// until every timer it created has fired or been cancelled; disposing this one cancels it unless it fired already.
/// </summary>
/// <remarks>
/// Cancel, never CancelAsync: CancelAsync cancels on the thread pool, outside the orchestrator's turn, so the timer is
/// still open when the turn ends and an orchestrator awaiting that call waits on a task the engine never resumes.
/// </remarks>
sealed class DurableTimer : IDisposable
{
    readonly CancellationTokenSource cancellation = new();

    public DurableTimer(TaskOrchestrationContext context, TimeSpan delay) => Fired = context.CreateTimer(delay, cancellation.Token);

    public Task Fired { get; }

    public void Dispose()
    {
        cancellation.Cancel();
        cancellation.Dispose();
    }
}
