using OrderFlow.Core.Reporting.Dashboard;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class EnpsTrendChartTests
{
    static readonly DashboardRange Range = new(new DateOnly(2026, 11, 27), 8);

    static readonly Survey Pulse = new("s-1", "Pulse check", [new Question("q1", QuestionType.Enps, "Recommend us?", [])], Cadence.Weekly,
        new Audience(true, []), 5, 2, 5, new TimeOnly(9, 0), DateTimeOffset.UnixEpoch);

    static EnpsPoint Shown(string roundId, int day, int score, double margin) =>
        new(roundId, null, new DateTimeOffset(2026, 11, day, 7, 0, 0, TimeSpan.Zero), false, 12, 6, 2, 4, score, margin, 0.4);

    static EnpsPoint Suppressed(string roundId, int day) =>
        new(roundId, null, new DateTimeOffset(2026, 11, day, 7, 0, 0, TimeSpan.Zero), true, null, null, null, null, null, null, null);

    [Fact]
    public void Section_SuppressedRoundBetweenTwo_GapNamedInTheDescriptionNeverANumber()
    {
        var section = EnpsTrendChart.Section(Range, [new SurveyEnpsSeries(Pulse, [Shown("r1", 2, 20, 10.5), Suppressed("r2", 9), Shown("r3", 16, -40, 8)])]);

        var chart = Assert.Single(section.Charts);
        var series = Assert.Single(chart.Series);
        Assert.Equal(("enps-1", ChartKind.Lines, ValueKind.Score), (chart.Id, chart.Kind, chart.Values));
        Assert.Equal(["2 Nov", "9 Nov", "16 Nov"], chart.Labels);
        Assert.Equal([20, null, -40], series.Values);
        Assert.Equal([10.5, null, 8], series.Margins!);
        Assert.EndsWith("Hidden to protect anonymity, fewer than 5 answers: the round of 9 Nov.", chart.Description, StringComparison.Ordinal);
        Assert.Equal("-40 ± 8 (12 answers)", Assert.Single(section.Tiles).Value);
        Assert.Null(section.Note);
    }

    [Fact]
    public void Section_Rendered_ScoresPlacedOnTheMinus100To100AxisWithAGap()
    {
        var chart = EnpsTrendChart.Section(Range, [new SurveyEnpsSeries(Pulse, [Shown("r1", 2, 20, 10), Suppressed("r2", 9), Shown("r3", 16, -40, 8)])]).Charts[0];

        var svg = SvgChart.Render(chart);

        // Plot from y=174 (−100) up to y=18 (100): 20 sits 120/200 of the way up, −40 at 60/200.
        Assert.Contains("cy=\"80.4\"", svg, StringComparison.Ordinal);
        Assert.Contains("cy=\"127.2\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("<circle").Length - 1);
        Assert.Matches("<path d=\"M[^L]+\" fill", svg);
        Assert.All(["-100", "-50", ">0<", "50", "100"], label => Assert.Contains(label, svg, StringComparison.Ordinal));
        // The error bar of 20 ± 10 spans 30 (y=72.6) to 10 (y=88.2).
        Assert.Matches("<line x1=\"(?<x>[0-9.]+)\" x2=\"\\k<x>\" y1=\"72.6\" y2=\"88.2\"", svg);
    }

    [Fact]
    public void Section_LatestRoundSuppressed_TileSaysHiddenNotAnOlderScore()
    {
        var section = EnpsTrendChart.Section(Range, [new SurveyEnpsSeries(Pulse, [Shown("r1", 2, 20, 10), Suppressed("r2", 9)])]);

        Assert.Equal(("Latest eNPS, Pulse check (9 Nov)", "hidden (too few answers)"), (section.Tiles[0].Label, section.Tiles[0].Value));
    }

    [Fact]
    public void Section_NoResults_PlainSentenceAndNoChart()
    {
        var section = EnpsTrendChart.Section(Range, []);

        Assert.Empty(section.Charts);
        Assert.Empty(section.Tiles);
        Assert.StartsWith("No eNPS results yet", section.Note, StringComparison.Ordinal);
    }
}
