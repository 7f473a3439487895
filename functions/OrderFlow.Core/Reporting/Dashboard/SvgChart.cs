using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace OrderFlow.Core.Reporting.Dashboard;

/// <summary>
/// Draws a chart as inline SVG that scales to the page width: a labelled y axis with four gridlines, stacked bars
/// or lines with point markers, and the title and description as the image's accessible name.
/// </summary>
public static class SvgChart
{
    const double Width = 360, Height = 200, Left = 44, Right = 18, Top = 18, Bottom = 26;
    const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Render(Chart chart)
    {
        var max = chart.Kind == ChartKind.StackedBars
            ? Enumerable.Range(0, chart.Labels.Count).Select(i => chart.Series.Sum(s => s.Values[i] ?? 0)).DefaultIfEmpty().Max()
            : chart.Series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty().Max();
        var values = ChartValues.For(chart.Values, max);
        var scale = AxisScale.For(chart.Values, values, max);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\">"));
        svg.Append(Invariant($"<title id=\"{chart.Id}-title\">{HtmlEncode(chart.Title)}</title><desc id=\"{chart.Id}-desc\">{HtmlEncode(chart.Description)}</desc>"));
        Axes(svg, chart, values, scale);
        if (chart.Kind == ChartKind.StackedBars)
        {
            Bars(svg, chart, scale);
        }
        else
        {
            Lines(svg, chart, values, scale);
        }
        return svg.Append("</svg>").ToString();
    }

    static void Axes(StringBuilder svg, Chart chart, ChartValues values, AxisScale scale)
    {
        svg.Append(Invariant($"<text x=\"2\" y=\"{Top - 8}\" font-size=\"9\" fill=\"#3c4043\">{values.AxisName}</text>"));
        for (var step = 0; step <= 4; step++)
        {
            var value = scale.Bottom + ((scale.Top - scale.Bottom) * step / 4);
            var y = scale.Y(value);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#d0d4d9\" stroke-width=\"0.6\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 4}\" y=\"{y + 3:0.#}\" text-anchor=\"end\" font-size=\"9\" fill=\"#3c4043\">{HtmlEncode(Short(values, value))}</text>"));
        }
        // Every label fits while there are few; otherwise about six, evenly spaced, always including the last.
        var every = Math.Max(1, (int)Math.Ceiling(chart.Labels.Count / 6.0));
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            if ((chart.Labels.Count - 1 - i) % every == 0)
            {
                svg.Append(Invariant($"<text x=\"{X(i, chart.Labels.Count):0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#3c4043\">{HtmlEncode(chart.Labels[i])}</text>"));
            }
        }
    }

    static void Bars(StringBuilder svg, Chart chart, AxisScale scale)
    {
        var slot = PlotWidth / Math.Max(1, chart.Labels.Count);
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            var below = 0.0;
            foreach (var series in chart.Series.Where(s => (s.Values[i] ?? 0) > 0))
            {
                var value = series.Values[i]!.Value;
                var (y0, y1) = (scale.Y(below), scale.Y(below + value));
                svg.Append(Invariant($"<rect x=\"{Left + (i * slot) + (slot * 0.15):0.##}\" y=\"{y1:0.##}\" width=\"{slot * 0.7:0.##}\" height=\"{y0 - y1:0.##}\" fill=\"{series.Colour}\"><title>{HtmlEncode($"{chart.Labels[i]}: {series.Name} {value}")}</title></rect>"));
                below += value;
            }
        }
    }

    static void Lines(StringBuilder svg, Chart chart, ChartValues values, AxisScale scale)
    {
        foreach (var series in chart.Series)
        {
            var path = new StringBuilder();
            var pen = 'M';
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } value)
                {
                    pen = 'M';
                    continue;
                }
                var x = X(i, series.Values.Count);
                path.Append(Invariant($"{pen}{x:0.##} {scale.Y(value):0.##} "));
                pen = 'L';
                if (series.Margin(i) is { } margin)
                {
                    svg.Append(Invariant($"<line x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{scale.Y(value + margin):0.##}\" y2=\"{scale.Y(value - margin):0.##}\" stroke=\"{series.Colour}\" stroke-width=\"1.2\" opacity=\"0.45\"/>"));
                }
                svg.Append(Invariant($"<circle cx=\"{x:0.##}\" cy=\"{scale.Y(value):0.##}\" r=\"2.6\" fill=\"{series.Colour}\"><title>{HtmlEncode($"{chart.Labels[i]}: {series.Name} {values.Text(value, series.Margin(i))}")}</title></circle>"));
            }
            svg.Append(Invariant($"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{series.Colour}\" stroke-width=\"2\"/>"));
        }
    }

    static string Short(ChartValues values, double value) =>
        values.Scaled(value).ToString(values.Unit == "%" ? "0" : "0.#", CultureInfo.InvariantCulture) + (values.Unit == "%" ? "%" : "");

    static double X(int index, int count) => Left + (PlotWidth / Math.Max(1, count) * (index + 0.5));

    /// <summary>The y axis from <see cref="Bottom"/> to <see cref="Top"/> in raw values, mapped onto the plot.</summary>
    readonly record struct AxisScale(double Bottom, double Top)
    {
        public static AxisScale For(ValueKind kind, ChartValues values, double max) => kind switch
        {
            ValueKind.Share => new(0, 1),
            ValueKind.Score => new(-100, 100),
            // Four equal steps of a round size, so gridlines read 0, 1, 2, 3, 4 rather than 0, 1.3, 2.5, ...
            _ => new(0, 4 * ChartValues.NiceCeiling(values.Scaled(max) / 4) * values.Divisor),
        };

        public double Y(double value) => SvgChart.Top + PlotHeight - (PlotHeight * (Math.Clamp(value, Bottom, Top) - Bottom) / (Top - Bottom));
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
