using OrderFlow.Core.Reporting.Dashboard;

namespace OrderFlow.Tests.Reporting;

public class SvgChartTests
{
    [Fact]
    public void Render_Lines_AccessibleNameEncodedAndGapsBreakTheLine()
    {
        var chart = new Chart("c", "Cycle <time>", "p50 & p90", ChartKind.Lines, ValueKind.Seconds, ["w1", "w2", "w3"],
            [new ChartSeries("p50", "#123456", [7_200, null, 10_800])]);

        var svg = SvgChart.Render(chart);

        Assert.Contains("aria-labelledby=\"c-title c-desc\"><title id=\"c-title\">Cycle &lt;time&gt;</title><desc id=\"c-desc\">p50 &amp; p90</desc>", svg, StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("<circle").Length - 1);
        var path = System.Text.RegularExpressions.Regex.Match(svg, "<path d=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(("MM", ""), (string.Concat(path.Where(c => c == 'M')), string.Concat(path.Where(c => c == 'L'))));
        Assert.Contains("w1: p50 2.0 h", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StackedBars_OneRectPerNonZeroValue()
    {
        var chart = new Chart("b", "Orders", "per day", ChartKind.StackedBars, ValueKind.Count, ["d1", "d2"],
            [new ChartSeries("Done", "#0a0", [3, 0]), new ChartSeries("Open", "#00a", [1, 2])]);

        var svg = SvgChart.Render(chart);

        Assert.Equal(3, svg.Split("<rect").Length - 1);
        Assert.Contains(">4</text>", svg, StringComparison.Ordinal);
    }
}
