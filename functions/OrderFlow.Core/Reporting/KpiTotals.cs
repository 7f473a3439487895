using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Sums of order facts that merge exactly: counts, per-currency and per-SKU sums, and duration histograms. One day's
/// totals are that day's rollup; a report adds up the days of its range.
/// </summary>
public sealed class KpiTotals
{
    public int Received { get; set; }

    public int Accepted { get; set; }

    public int Backordered { get; set; }

    public int Shipped { get; set; }

    public int ShippedOnTime { get; set; }

    public int Delivered { get; set; }

    /// <summary>Orders by their current status.</summary>
    public Dictionary<string, int> Statuses { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> GrossMinor { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> SkuQuantities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Kept apart from the JSON document: each is stored as compact text of its own.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Dictionary<string, DurationHistogram> Durations { get; } = NewDurations();

    public const string CycleTime = "cycle";

    public static IEnumerable<string> DurationNames => [CycleTime, .. KpiDefinitions.Stages.Select(s => s.Name)];

    public int StatusCount(OrderStatus status) => Statuses.GetValueOrDefault(status.ToString());

    public void Add(OrderFact fact)
    {
        Received++;
        Accepted += fact.Accepted ? 1 : 0;
        Backordered += fact.Backordered ? 1 : 0;
        Shipped += fact.Shipped ? 1 : 0;
        ShippedOnTime += fact.ShippedOnTime ? 1 : 0;
        Delivered += fact.Delivered ? 1 : 0;
        AddTo(Statuses, fact.Status, 1);
        if (fact.Currency is { } currency && fact.Shipped)
        {
            AddTo(GrossMinor, currency, fact.GrossMinor);
        }
        foreach (var (sku, quantity) in fact.SkuQuantities)
        {
            AddTo(SkuQuantities, sku, quantity);
        }
        if (fact.CycleSeconds is { } cycle)
        {
            Durations[CycleTime].Add(cycle);
        }
        foreach (var (stage, seconds) in fact.StageSeconds)
        {
            Durations[stage].Add(seconds);
        }
    }

    public void Add(KpiTotals other)
    {
        Received += other.Received;
        Accepted += other.Accepted;
        Backordered += other.Backordered;
        Shipped += other.Shipped;
        ShippedOnTime += other.ShippedOnTime;
        Delivered += other.Delivered;
        foreach (var (status, count) in other.Statuses)
        {
            AddTo(Statuses, status, count);
        }
        foreach (var (currency, minor) in other.GrossMinor)
        {
            AddTo(GrossMinor, currency, minor);
        }
        foreach (var (sku, quantity) in other.SkuQuantities)
        {
            AddTo(SkuQuantities, sku, quantity);
        }
        foreach (var (name, histogram) in other.Durations)
        {
            Durations[name].Add(histogram);
        }
    }

    public static KpiTotals Sum(IEnumerable<KpiTotals> days)
    {
        var total = new KpiTotals();
        foreach (var day in days)
        {
            total.Add(day);
        }
        return total;
    }

    static Dictionary<string, DurationHistogram> NewDurations() =>
        DurationNames.ToDictionary(name => name, _ => new DurationHistogram(), StringComparer.Ordinal);

    static void AddTo<T>(Dictionary<string, T> sums, string key, T amount) where T : System.Numerics.INumber<T> =>
        sums[key] = sums.GetValueOrDefault(key, T.Zero) + amount;
}
