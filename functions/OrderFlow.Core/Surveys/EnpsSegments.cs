namespace OrderFlow.Core.Surveys;

/// <summary>One stored eNPS figure: a round overall (<see cref="Department"/> null) or one department. Suppressed rows carry no counts.</summary>
public sealed record EnpsPoint(
    string RoundId,
    string? Department,
    DateTimeOffset OpenedAt,
    bool Suppressed,
    int? Respondents,
    int? Promoters,
    int? Passives,
    int? Detractors,
    int? Score,
    double? MarginOfError95,
    double? ResponseRate);

/// <summary>A group's eNPS answers and how many of it were invited.</summary>
public sealed record EnpsGroup(string? Department, EnpsCounts Counts, int Invited);

public static class EnpsSegments
{
    /// <summary>The overall point and one per department, hidden as <see cref="Suppression"/> says.</summary>
    public static IReadOnlyList<EnpsPoint> Points(SurveyRound round, int threshold, EnpsGroup overall, IReadOnlyList<EnpsGroup> departments)
    {
        var hidden = Suppression.Hidden(departments.ToDictionary(g => g.Department!, g => g.Counts.Respondents, StringComparer.Ordinal), threshold);
        var overallShown = overall.Counts.Respondents >= threshold;
        return [Point(round, overall, !overallShown), .. departments.OrderBy(g => g.Department, StringComparer.Ordinal).Select(g => Point(round, g, hidden.Contains(g.Department!)))];
    }

    static EnpsPoint Point(SurveyRound round, EnpsGroup group, bool suppressed) => suppressed
        ? new EnpsPoint(round.RoundId, group.Department, round.OpenedAt, true, null, null, null, null, null, null, null)
        : new EnpsPoint(
            round.RoundId,
            group.Department,
            round.OpenedAt,
            false,
            group.Counts.Respondents,
            group.Counts.Promoters,
            group.Counts.Passives,
            group.Counts.Detractors,
            EnpsMath.Score(group.Counts),
            EnpsMath.MarginOfError95(group.Counts, group.Invited),
            EnpsMath.ResponseRate(group.Counts.Respondents, group.Invited));
}
