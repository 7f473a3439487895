namespace OrderFlow.Core.Orders.Workflow;

/// <summary>When a stage's time limit runs out; disposed when the stage ends, in time or not.</summary>
sealed class StageDeadline(string stage, TimeSpan limit, DurableTimer timer) : IDisposable
{
    public string Stage => stage;

    public TimeSpan Limit => limit;

    public Task Passed => timer.Fired;

    /// <summary>Until the limit passes; one alert is raised then, and the wait goes on without a deadline.</summary>
    public bool IsPending => !timer.Fired.IsCompleted;

    public void Dispose() => timer.Dispose();
}
