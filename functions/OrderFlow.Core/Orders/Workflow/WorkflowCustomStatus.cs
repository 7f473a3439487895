using System.Text.Json;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The activity call an order's workflow waits for, kept as its instance's custom status while it waits (none while it
/// waits for anything else): <paramref name="Call"/> counts the activity calls of the run, so a nudge names the one it
/// is meant for, and <paramref name="Since"/> is when that call was made (orchestration time).
/// </summary>
public sealed record StepInFlight(string Task, int Call, DateTime Since)
{
    /// <summary>
    /// An activity is answered in seconds, or fails after its retries: one still unanswered after <paramref name="after"/>
    /// was lost by the engine (its message is never delivered again; see docs/architecture.md §2).
    /// </summary>
    public bool IsStuck(DateTimeOffset now, TimeSpan after) => now - new DateTimeOffset(DateTime.SpecifyKind(Since, DateTimeKind.Utc)) >= after;

    /// <summary>The step a custom status names, or null for none (the workflow waits for an event) or another shape.</summary>
    public static StepInFlight? Parse(string? customStatus) =>
        WorkflowCustomStatus.Read<StepInFlight>(customStatus) is { Task.Length: > 0, Call: > 0 } step ? step : null;
}

/// <summary>
/// The workflow has ended with <paramref name="Outcome"/>, but a call it made again is still unanswered, and the engine
/// keeps an instance with a task open Running: the sweep terminates it.
/// </summary>
public sealed record EndedHeldOpen(string Outcome)
{
    public static EndedHeldOpen? Parse(string? customStatus) =>
        WorkflowCustomStatus.Read<EndedHeldOpen>(customStatus) is { Outcome.Length: > 0 } ended ? ended : null;
}

/// <summary>Asks the workflow to make activity call <paramref name="Call"/> again: the stuck-step sweep found it unanswered.</summary>
public sealed record StuckStepNudge(int Call);

static class WorkflowCustomStatus
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static T? Read<T>(string? customStatus) where T : class
    {
        if (string.IsNullOrEmpty(customStatus))
        {
            return null;
        }
        try
        {
            return customStatus.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize<T>(customStatus, Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
