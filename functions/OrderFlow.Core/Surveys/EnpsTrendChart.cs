using System.Globalization;
using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Core.Surveys;

/// <summary>One eNPS survey's stored overall points for the dashboard's weeks, oldest round first.</summary>
public sealed record SurveyEnpsSeries(Survey Survey, IReadOnlyList<EnpsPoint> Points);

/// <summary>
/// The eNPS dashboard section as data: per survey a line of its overall score per round on the −100..100 axis, with
/// the 95% margin as error bars. A suppressed round is a gap that the chart's description names; it never shows a number.
/// </summary>
public static class EnpsTrendChart
{
    const string Colour = "#6a1b9a";

    public static DashboardSection Section(DashboardRange range, IReadOnlyList<SurveyEnpsSeries> surveys)
    {
        var heading = string.Create(CultureInfo.InvariantCulture, $"Employee eNPS, rounds opened {range.FirstMonday:d MMM} – {range.Today:d MMM yyyy}");
        return surveys.Count == 0
            ? new DashboardSection(heading, [], [], "No eNPS results yet: no survey round with an eNPS question has been computed in these weeks.")
            : new DashboardSection(heading, [.. surveys.Select(Latest)], [.. surveys.Select((s, i) => Chart(s, i + 1))]);
    }

    static Chart Chart(SurveyEnpsSeries series, int number)
    {
        var points = series.Points;
        var hidden = points.Where(p => p.Suppressed).Select(Label).ToList();
        var description = string.Create(CultureInfo.InvariantCulture, $"Line: overall eNPS (−100 to 100) of each round of “{series.Survey.Title}” ({Span(points)}), with bars for the 95% margin of error.")
            + (hidden.Count == 0 ? "" : $" Hidden to protect anonymity, fewer than {series.Survey.AnonymityThreshold} answers: the round{(hidden.Count == 1 ? "" : "s")} of {string.Join(", ", hidden)}.");
        return new Chart($"enps-{number}", $"eNPS per round: {series.Survey.Title}", description, ChartKind.Lines, ValueKind.Score, [.. points.Select(Label)],
            [new ChartSeries("eNPS", Colour, [.. points.Select(p => p.Suppressed ? null : (double?)p.Score)], [.. points.Select(p => p.Suppressed ? null : p.MarginOfError95)])]);
    }

    /// <summary>The latest round's figure, or that it is hidden: a suppressed round never falls back to an older number.</summary>
    static Tile Latest(SurveyEnpsSeries series)
    {
        var last = series.Points[^1];
        var value = last.Suppressed
            ? "hidden (too few answers)"
            : ChartValues.For(ValueKind.Score, 0).Text(last.Score, last.MarginOfError95) + string.Create(CultureInfo.InvariantCulture, $" ({last.Respondents} answers)");
        return new Tile($"Latest eNPS, {series.Survey.Title} ({Label(last)})", value);
    }

    static string Span(IReadOnlyList<EnpsPoint> points) => points.Count == 1 ? $"opened {Label(points[0])}" : $"{Label(points[0])} to {Label(points[^1])}";

    static string Label(EnpsPoint point) => point.OpenedAt.ToString("d MMM", CultureInfo.InvariantCulture);
}
