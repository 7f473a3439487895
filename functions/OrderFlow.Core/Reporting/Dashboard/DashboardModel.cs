namespace OrderFlow.Core.Reporting.Dashboard;

/// <summary>
/// One part of GET /dashboard. Features add their own by registering an <see cref="IDashboardSectionSource"/>
/// (the orders section is one; the eNPS trend in Surveys/EnpsDashboardSection is another), so the page
/// never needs to know their storage.
/// </summary>
public interface IDashboardSectionSource
{
    /// <summary>Where the section stands on the page; lower comes first.</summary>
    int Position { get; }

    /// <summary>
    /// Figures about employees (eNPS) are on the engagement dashboard, which the finance key does not open; the
    /// others on the business dashboard.
    /// </summary>
    bool AboutEmployees { get; }

    /// <summary>The section for the range, or null when the feature has nothing to show.</summary>
    Task<DashboardSection?> BuildAsync(DashboardRange range, CancellationToken cancellationToken);
}

/// <summary>The dashboard covers whole ISO weeks (Monday first) up to and including <see cref="Today"/>.</summary>
public sealed record DashboardRange(DateOnly Today, int Weeks)
{
    public DateOnly FirstMonday => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7) - (7 * (Weeks - 1)));

    /// <summary>Exclusive end: the day after today.</summary>
    public DateOnly End => Today.AddDays(1);

    public IEnumerable<DateOnly> WeekStarts => Enumerable.Range(0, Weeks).Select(w => FirstMonday.AddDays(7 * w));

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, End.DayNumber - FirstMonday.DayNumber).Select(FirstMonday.AddDays);
}

/// <param name="Note">A plain sentence under the heading, such as why there is no chart yet.</param>
public sealed record DashboardSection(string Heading, IReadOnlyList<Tile> Tiles, IReadOnlyList<Chart> Charts, string? Note = null);

/// <summary>A headline figure: "Fulfilment rate" "92.5%".</summary>
public sealed record Tile(string Label, string Value);

public enum ChartKind { StackedBars, Lines }

/// <summary>How a chart's values read: counts, shares (0–1 shown as %), durations in seconds, or scores on a −100..100 scale (eNPS).</summary>
public enum ValueKind { Count, Share, Seconds, Score }

/// <summary>A chart with its words: the title and description also serve as the SVG's accessible name.</summary>
public sealed record Chart(
    string Id, string Title, string Description, ChartKind Kind, ValueKind Values, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series);

/// <summary>One series; a null value is a point with no data (no orders that week), drawn as a gap.</summary>
/// <param name="Margins">Optional half-widths of each value's uncertainty, drawn as error bars on lines.</param>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Margins = null)
{
    public double? Margin(int index) => Margins?[index];
}
