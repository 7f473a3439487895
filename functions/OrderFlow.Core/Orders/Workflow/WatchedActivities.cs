using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The workflow's activity calls, each shown as the instance's custom status while it is waited for. The Azure Storage
/// provider can lose a call for good when the task hub's storage fails while the call ends (docs/architecture.md §6):
/// the stuck-step sweep then sends a nudge naming the call, which is made again (every activity is idempotent), and
/// the first answer of either is taken. The engine keeps an instance Running while a call it made is unanswered, even
/// once the workflow has returned: <see cref="End"/> says so in the custom status, for the sweep to terminate it.
/// </summary>
sealed class WatchedActivities(TaskOrchestrationContext context)
{
    // A call nudged this often is lost for more than one message: the answers made so far are waited for, and the
    // history stays bounded.
    const int MostNudges = 20;

    // Activity calls made in this run so far (replay counts them again alike); the latest names the one waited for.
    int calls;
    Task<StuckStepNudge>? nudged;
    readonly List<Task> overtaken = [];

    public async Task<T> CallAsync<T>(string task, object input, TaskOptions retry)
    {
        var answers = new List<Task<T>> { Call() };
        for (var nudges = 0; nudges < MostNudges; nudges++)
        {
            // One wait outlives the calls: waits left behind would take later nudges first.
            nudged ??= context.WaitForExternalEvent<StuckStepNudge>(OrderEvents.StuckStep);
            var first = await Task.WhenAny([.. answers, nudged]);
            if (first != nudged)
            {
                return await AnsweredAsync(answers, (Task<T>)first);
            }
            // A nudge for an earlier call, answered since, is stale.
            if (nudged.Result.Call == calls)
            {
                answers.Add(Call());
            }
            nudged = null;
        }
        return await AnsweredAsync(answers, await Task.WhenAny(answers));

        Task<T> Call()
        {
            context.SetCustomStatus(new StepInFlight(task, ++calls, context.CurrentUtcDateTime));
            return context.CallActivityAsync<T>(task, input, retry);
        }
    }

    /// <summary>Shows the workflow's <paramref name="outcome"/> when a call overtaken by its repeat is still unanswered.</summary>
    public void End(string outcome)
    {
        if (overtaken.Any(call => !call.IsCompleted))
        {
            context.SetCustomStatus(new EndedHeldOpen(outcome));
        }
    }

    Task<T> AnsweredAsync<T>(List<Task<T>> answers, Task<T> answer)
    {
        overtaken.AddRange(answers.Where(call => call != answer));
        context.SetCustomStatus(null);
        return answer;
    }
}
