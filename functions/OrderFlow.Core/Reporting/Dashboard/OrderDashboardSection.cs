using System.Globalization;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting.Dashboard;

/// <summary>The orders part of the dashboard, read from the daily KPI rollups of the range (never from orders).</summary>
public sealed class OrderDashboardSection(OrderReports reports) : IDashboardSectionSource
{
    // Terminal outcomes; every other status is an order still on its way.
    static readonly (string Name, string Colour, OrderStatus[] Statuses)[] StatusGroups =
    [
        ("Completed", "#2e7d32", [OrderStatus.Completed]),
        ("In progress", "#1565c0", []),
        ("Rejected", "#c62828", [OrderStatus.Rejected]),
        ("Cancelled or failed", "#757575", [OrderStatus.Cancelled, OrderStatus.Failed]),
    ];

    public int Position => 0;

    public bool AboutEmployees => false;

    public async Task<DashboardSection?> BuildAsync(DashboardRange range, CancellationToken cancellationToken)
    {
        var rollups = (await reports.DaysAsync(range.FirstMonday, range.End, cancellationToken)).ToDictionary(d => d.Day, d => d.Totals);
        var days = range.Days.ToList();
        var weeks = range.WeekStarts.Select(monday => KpiTotals.Sum(Enumerable.Range(0, 7).Select(d => rollups.GetValueOrDefault(monday.AddDays(d)) ?? new KpiTotals()))).ToList();
        var weekLabels = range.WeekStarts.Select(monday => monday.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var all = KpiTotals.Sum(weeks);
        var cycle = all.Durations[KpiTotals.CycleTime];
        return new DashboardSection(
            string.Create(CultureInfo.InvariantCulture, $"Orders received {range.FirstMonday:d MMM} – {range.Today:d MMM yyyy}"),
            [
                new Tile("Orders received", all.Received.ToString(CultureInfo.InvariantCulture)),
                new Tile("Fulfilment rate", Share(OrderKpiReport.Rate(all.Shipped, all.Accepted))),
                new Tile("On-time shipments", Share(OrderKpiReport.Rate(all.ShippedOnTime, all.Shipped))),
                new Tile("Cycle time p50 / p90", $"{Duration(cycle.Percentile(50))} / {Duration(cycle.Percentile(90))}"),
            ],
            [
                new Chart("orders-per-day", "Orders per day by status",
                    string.Create(CultureInfo.InvariantCulture, $"Stacked bars: orders received each day from {days[0]:d MMM} to {days[^1]:d MMM}, by their current status."),
                    ChartKind.StackedBars, ValueKind.Count,
                    [.. days.Select(d => d.ToString("d MMM", CultureInfo.InvariantCulture))],
                    [.. StatusGroups.Select(g => new ChartSeries(g.Name, g.Colour, [.. days.Select(d => (double?)StatusCount(rollups.GetValueOrDefault(d), g.Statuses))]))]),
                new Chart("cycle-time", "Cycle time per week, p50 and p90",
                    "Lines: median and 90th percentile time from receipt to delivery of the orders received each week (week starting on the date shown).",
                    ChartKind.Lines, ValueKind.Seconds, weekLabels,
                    [
                        new ChartSeries("p50", "#1565c0", [.. weeks.Select(w => (double?)w.Durations[KpiTotals.CycleTime].Percentile(50))]),
                        new ChartSeries("p90", "#ef6c00", [.. weeks.Select(w => (double?)w.Durations[KpiTotals.CycleTime].Percentile(90))]),
                    ]),
                new Chart("fulfilment-rate", "Fulfilment rate per week",
                    "Line: share of the accepted orders received each week that have shipped.",
                    ChartKind.Lines, ValueKind.Share, weekLabels,
                    [new ChartSeries("Fulfilment rate", "#2e7d32", [.. weeks.Select(w => (double?)OrderKpiReport.Rate(w.Shipped, w.Accepted))])]),
            ]);
    }

    static int StatusCount(KpiTotals? day, OrderStatus[] statuses) => day is null ? 0
        : statuses.Length > 0 ? statuses.Sum(day.StatusCount)
        : day.Received - StatusGroups.SelectMany(g => g.Statuses).Sum(day.StatusCount);

    static string Share(decimal? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    static string Duration(long? seconds) => seconds is { } s ? ChartValues.For(ValueKind.Seconds, s).Text(s) : "–";
}
