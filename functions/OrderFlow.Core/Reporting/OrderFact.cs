using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// What the KPIs need to know of one order, derived from its record alone, so writing it again changes nothing.
/// <see cref="Version"/> is the timeline's length: every change to an order adds a timeline entry, so a stale
/// writer (an older version) never overwrites a newer fact.
/// </summary>
public sealed record OrderFact(
    string OrderId,
    DateTimeOffset ReceivedAt,
    string Status,
    int Version,
    bool Accepted,
    bool Backordered,
    bool Shipped,
    bool ShippedOnTime,
    bool Delivered,
    long? CycleSeconds,
    IReadOnlyDictionary<string, long> StageSeconds,
    string? Currency,
    long GrossMinor,
    IReadOnlyDictionary<string, int> SkuQuantities)
{
    /// <summary>The UTC calendar day of receipt: the day the order counts on in every report.</summary>
    public DateOnly Day => DateOnly.FromDateTime(ReceivedAt.UtcDateTime);

    /// <param name="shipmentLimit">The SLA from reservation to shipment (see <see cref="KpiDefinitions.ShipmentLimit"/>).</param>
    public static OrderFact From(OrderRecord record, TimeSpan shipmentLimit)
    {
        DateTimeOffset? At(OrderStatus stage) => record.ReachedAt(stage);
        var reserved = At(OrderStatus.Reserved);
        var shipped = At(OrderStatus.Shipped);
        var delivered = At(OrderStatus.Delivered);
        var accepted = record.HasReached(OrderStatus.Validated) && !record.HasReached(OrderStatus.Rejected)
            && (!record.HasReached(OrderStatus.OnHold) || record.HasMilestone(Milestone.Approved));
        var lines = shipped is null ? [] : record.Priced?.Lines ?? [];
        return new OrderFact(
            record.OrderId.Value,
            record.ReceivedAt,
            record.Status.ToString(),
            record.Timeline.Count,
            accepted,
            record.HasReached(OrderStatus.Backordered),
            shipped is not null,
            shipped is { } s && reserved is { } r && s - r <= shipmentLimit,
            delivered is not null,
            Seconds(At(OrderStatus.Received), delivered),
            KpiDefinitions.Stages
                .Select(stage => (stage.Name, Seconds: Seconds(At(stage.From), At(stage.To))))
                .Where(stage => stage.Seconds is not null)
                .ToDictionary(stage => stage.Name, stage => stage.Seconds!.Value),
            record.Priced?.Currency.Code,
            shipped is null ? 0 : record.Priced?.Gross.Minor ?? 0,
            lines.GroupBy(l => l.Sku.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal));
    }

    static long? Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } start && to is { } end ? (long)Math.Floor((end - start).TotalSeconds) : null;
}
