using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace OrderFlow.Core.Reporting.Dashboard;

/// <summary>
/// GET /dashboard (the business figures) and GET /engagement/dashboard (the employees'): one self-contained HTML page (inline CSS and SVG, system fonts, no scripts) that reads on a
/// phone; the back office's /dashboard shows the same sections inside its layout (no inline style, so its Content-Security-Policy holds). Each chart carries its title and description for screen readers, and its numbers in a table beside it.
/// </summary>
public sealed class DashboardPage(IEnumerable<IDashboardSectionSource> sources, TimeProvider time)
{
    public const int Weeks = 8;

    // The frame of the self-contained page; the back office has its own.
    const string FrameStyle = """
        body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#202124;background:#f6f7f9}
        main{max-width:980px;margin:0 auto;padding:12px}
        h1{font-size:1.4rem;margin:.4rem 0}
        """;

    /// <summary>The sections' own styles, all under .dashboard: inline in the self-contained page, in the back office's style sheet for its dashboard page.</summary>
    public const string SectionStyle = """
        .dashboard h2{font-size:1.1rem;margin:1.2rem 0 .5rem}.dashboard h3{font-size:1rem;margin:0 0 .3rem}
        .dashboard .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px}
        .dashboard .tile{background:#fff;border-radius:8px;padding:8px 10px;box-shadow:0 1px 2px #0002}
        .dashboard .tile b{display:block;font-size:1.3rem}
        .dashboard .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:12px}
        .dashboard figure{margin:0;background:#fff;border-radius:8px;padding:10px;box-shadow:0 1px 2px #0002}
        .dashboard figcaption{font-size:.85rem;color:#3c4043}
        .dashboard .legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:.85rem}
        .dashboard .legend svg{margin-right:.3em}
        .dashboard details{font-size:.85rem}.dashboard table{border-collapse:collapse;width:auto}
        .dashboard td,.dashboard th{padding:2px 6px;text-align:right;border-bottom:1px solid #e0e0e0}
        """;

    public async Task<string> RenderAsync(bool aboutEmployees, CancellationToken cancellationToken)
    {
        var title = aboutEmployees ? "OrderFlow engagement dashboard" : "OrderFlow dashboard";
        var sections = await SectionsAsync(business: !aboutEmployees, employees: aboutEmployees, cancellationToken);
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title><style>{FrameStyle}{SectionStyle}</style></head>
            <body><main><h1>{title}</h1>{sections}</main></body></html>
            """;
    }

    /// <summary>
    /// The sections about the business, about employees, or both, in one .dashboard element under the caller's h1:
    /// the self-contained page and the back office's dashboard page render the same.
    /// </summary>
    public async Task<string> SectionsAsync(bool business, bool employees, CancellationToken cancellationToken)
    {
        var range = new DashboardRange(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), Weeks);
        var html = new StringBuilder("<div class=\"dashboard\">");
        foreach (var source in sources.Where(s => s.AboutEmployees ? employees : business).OrderBy(s => s.AboutEmployees).ThenBy(s => s.Position))
        {
            if (await source.BuildAsync(range, cancellationToken) is { } section)
            {
                AppendSection(html, section);
            }
        }
        return html.Append("</div>").ToString();
    }

    static void AppendSection(StringBuilder html, DashboardSection section)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{HtmlEncode(section.Heading)}</h2>");
        if (section.Note is { } note)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlEncode(note)}</p>");
        }
        html.Append("<div class=\"tiles\">");
        foreach (var tile in section.Tiles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"tile\">{HtmlEncode(tile.Label)}<b>{HtmlEncode(tile.Value)}</b></div>");
        }
        html.Append("</div><div class=\"charts\">");
        foreach (var chart in section.Charts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure><h3>{HtmlEncode(chart.Title)}</h3>{SvgChart.Render(chart)}<ul class=\"legend\">");
            foreach (var series in chart.Series)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" rx=\"2\" fill=\"{series.Colour}\"/></svg>{HtmlEncode(series.Name)}</li>");
            }
            html.Append(CultureInfo.InvariantCulture, $"</ul><figcaption>{HtmlEncode(chart.Description)}</figcaption>");
            AppendTable(html, chart);
            html.Append("</figure>");
        }
        html.Append("</div></section>");
    }

    /// <summary>The chart's numbers as text, for anyone who cannot see the chart.</summary>
    static void AppendTable(StringBuilder html, Chart chart)
    {
        var max = chart.Series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty().Max();
        var values = ChartValues.For(chart.Values, max);
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>Data table</summary><table><caption>{HtmlEncode(chart.Title)}</caption><tr><th scope=\"col\"></th>");
        foreach (var series in chart.Series)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{HtmlEncode(series.Name)}</th>");
        }
        html.Append("</tr>");
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlEncode(chart.Labels[i])}</th>");
            foreach (var series in chart.Series)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlEncode(values.Text(series.Values[i], series.Margin(i)))}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table></details>");
    }
}
