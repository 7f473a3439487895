namespace OrderFlow.Core.Surveys;

/// <summary>
/// Computes a round's eNPS, overall and per department, from its responses (two columns read per row) and
/// invitations, and stores it; a closed round's figures are final and never computed again.
/// </summary>
public sealed class EnpsPublisher(SurveyStore surveys, RoundStore rounds, AnswerStore answers, EnpsResultsStore results)
{
    static readonly string[] Columns = ["Department", "Enps"];

    /// <summary>What the hourly timer does: every round whose figures are not final yet.</summary>
    public async Task<int> PublishUnfinishedAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var round in (await rounds.UnfinishedAsync(cancellationToken)).Where(r => r.FannedOut))
        {
            if (await surveys.FindAsync(round.SurveyId, cancellationToken) is { } survey)
            {
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
        var invited = await answers.InvitedPerDepartmentAsync(round.RoundId, cancellationToken);
        var counts = invited.Keys.ToDictionary(d => d, _ => new EnpsCounts());
        await foreach (var row in answers.ResponsesAsync(round.RoundId, Columns, cancellationToken))
        {
            if (row.GetInt32("Enps") is { } answer && row.GetString("Department") is { } department)
            {
                counts[department] = counts.GetValueOrDefault(department).Add(answer);
            }
        }
        var overall = counts.Values.Aggregate(new EnpsCounts(), (sum, c) => new EnpsCounts(sum.Promoters + c.Promoters, sum.Passives + c.Passives, sum.Detractors + c.Detractors));
        var departments = counts.Select(c => new EnpsGroup(c.Key, c.Value, invited.GetValueOrDefault(c.Key))).ToList();
        return EnpsSegments.Points(round, survey.AnonymityThreshold, new EnpsGroup(null, overall, invited.Values.Sum()), departments);
    }
}
