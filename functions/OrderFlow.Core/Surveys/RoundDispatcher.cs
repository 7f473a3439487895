namespace OrderFlow.Core.Surveys;

/// <summary>What the dispatch timer does: open every survey's round for the current cadence period, if not yet open.</summary>
public sealed class RoundDispatcher(SurveyStore surveys, RoundOpener opener)
{
    /// <summary>How many rounds this run dispatched. A second or late run in the same period dispatches none.</summary>
    public async Task<int> OpenDueRoundsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opened = 0;
        foreach (var survey in await surveys.AllAsync(cancellationToken))
        {
            if ((await opener.OpenScheduledAsync(survey, now, cancellationToken)).Dispatched)
            {
                opened++;
            }
        }
        return opened;
    }
}
