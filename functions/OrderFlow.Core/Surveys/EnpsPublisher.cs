namespace OrderFlow.Core.Surveys;

/// <summary>
/// Computes a round's eNPS, overall and per department, from its tallies (one row per department, moved on with
/// every release of answers), and stores it; a closed round's figures are final and never computed again. An open
/// round's figures change only when a batch of answers is released, so in steps of at least the threshold.
/// </summary>
public sealed class EnpsPublisher(SurveyStore surveys, RoundStore rounds, AnswerStore answers, AnswerRelease release, EnpsResultsStore results)
{
    /// <summary>
    /// What the hourly timer does: every round whose figures are not final yet, after releasing what is ready (a
    /// release that failed after an answer is made here).
    /// </summary>
    public async Task<int> PublishUnfinishedAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var round in (await rounds.UnfinishedAsync(cancellationToken)).Where(r => r.FannedOut))
        {
            if (await surveys.FindAsync(round.SurveyId, cancellationToken) is { } survey)
            {
                await release.ReleaseAsync(survey, round.RoundId, cancellationToken);
                await PublishAsync(survey, round, cancellationToken);
                published++;
            }
        }
        return published;
    }

    public async Task<IReadOnlyList<EnpsPoint>> PublishAsync(Survey survey, SurveyRound round, CancellationToken cancellationToken)
    {
        IReadOnlyList<EnpsPoint> points = [];
        if (survey.EnpsQuestion is not null)
        {
            points = await ComputeAsync(survey, round, cancellationToken);
            await results.UpsertAsync(survey.Id, points, cancellationToken);
        }
        if (round.Closed)
        {
            await rounds.UpdateAsync(round with { ResultsFinal = true }, ["ResultsFinal"], cancellationToken);
        }
        return points;
    }

    public async Task<IReadOnlyList<EnpsPoint>> ComputeAsync(Survey survey, SurveyRound round, CancellationToken cancellationToken)
    {
        var tallies = await answers.TalliesAsync(round.RoundId, cancellationToken);
        var departments = tallies.Select(t => new EnpsGroup(t.Department, t.Enps, t.Invited)).ToList();
        var overall = departments.Aggregate(new EnpsCounts(), (sum, d) => new EnpsCounts(sum.Promoters + d.Counts.Promoters, sum.Passives + d.Counts.Passives, sum.Detractors + d.Counts.Detractors));
        return EnpsSegments.Points(round, survey.AnonymityThreshold, new EnpsGroup(null, overall, tallies.Sum(t => t.Invited)), departments);
    }
}
