using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>GET /reports/orders: the KPIs of the orders received in [From, To), as defined in <see cref="KpiDefinitions"/>.</summary>
public sealed record OrderKpiReport(
    DateOnly From,
    DateOnly To,
    int Received,
    int Accepted,
    int Completed,
    int Rejected,
    int Cancelled,
    int Failed,
    int Backordered,
    int Shipped,
    int Delivered,
    decimal? FulfilmentRate,
    decimal? OnTimeShipmentRate,
    decimal? BackorderRate,
    long ShipmentSlaSeconds,
    DurationSummary CycleTime,
    IReadOnlyList<DurationSummary> StageTimes,
    IReadOnlyList<MoneyDto> Revenue,
    IReadOnlyList<SkuQuantity> TopSkus)
{
    public static OrderKpiReport Of(DateOnly from, DateOnly to, KpiTotals totals, TimeSpan shipmentLimit) => new(
        from,
        to,
        totals.Received,
        totals.Accepted,
        totals.StatusCount(OrderStatus.Completed),
        totals.StatusCount(OrderStatus.Rejected),
        totals.StatusCount(OrderStatus.Cancelled),
        totals.StatusCount(OrderStatus.Failed),
        totals.Backordered,
        totals.Shipped,
        totals.Delivered,
        Rate(totals.Shipped, totals.Accepted),
        Rate(totals.ShippedOnTime, totals.Shipped),
        Rate(totals.Backordered, totals.Accepted),
        (long)shipmentLimit.TotalSeconds,
        DurationSummary.Of(KpiTotals.CycleTime, totals.Durations[KpiTotals.CycleTime]),
        [.. KpiDefinitions.Stages.Select(s => DurationSummary.Of(s.Name, totals.Durations[s.Name]))],
        [.. totals.GrossMinor.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => MoneyDto.From(new Money(g.Value, Currency.Parse(g.Key))))],
        [.. totals.SkuQuantities.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(KpiDefinitions.TopSkuCount).Select(s => new SkuQuantity(s.Key, s.Value))]);

    /// <summary>A share rounded to four decimals; null when nothing was counted (no orders is not a 0% rate).</summary>
    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}

/// <summary>How many orders had the duration, and its nearest-rank p50/p90 in whole seconds.</summary>
public sealed record DurationSummary(string Name, long Orders, long? P50Seconds, long? P90Seconds)
{
    public static DurationSummary Of(string name, DurationHistogram histogram) =>
        new(name, histogram.Count, histogram.Percentile(50), histogram.Percentile(90));
}

public sealed record SkuQuantity(string Sku, long Quantity);
