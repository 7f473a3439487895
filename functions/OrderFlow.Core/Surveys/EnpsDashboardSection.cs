using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// The engagement part of GET /dashboard. It lives with the surveys feature because it reads their storage; the
/// dashboard only knows <see cref="IDashboardSectionSource"/>. Reads the survey list (one partition), then for each
/// survey with an eNPS question its own EnpsResults partition, overall rows only: one partition query per survey,
/// never a scan across all surveys' results.
/// </summary>
public sealed class EnpsDashboardSection(SurveyStore surveys, EnpsResultsStore results) : IDashboardSectionSource
{
    public int Position => 100;

    public bool AboutEmployees => true;

    public async Task<DashboardSection?> BuildAsync(DashboardRange range, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(range.FirstMonday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(range.End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var enpsSurveys = (await surveys.AllAsync(cancellationToken))
            .Where(s => s.EnpsQuestion is not null)
            .OrderBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var series = await Task.WhenAll(enpsSurveys.Select(async survey =>
            new SurveyEnpsSeries(survey, await results.SeriesAsync(survey.Id, from, to, department: null, cancellationToken))));
        return EnpsTrendChart.Section(range, [.. series.Where(s => s.Points.Count > 0)]);
    }
}
