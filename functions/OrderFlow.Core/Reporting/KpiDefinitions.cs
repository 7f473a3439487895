using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// The order KPIs, defined once (the README's "Reporting and dashboard" section says the same). Every order counts
/// on the UTC day it was received, and a report over [from, to) covers the orders received in it, whatever
/// happened to them since (a cohort view: an order received last week and delivered today moves last week's
/// figures, never today's).
/// <list type="bullet">
/// <item>received: every order recorded; completed, rejected, cancelled, failed: orders now in that status.</item>
/// <item>accepted: validated, not rejected, and approved if it was held for approval.</item>
/// <item>fulfilment rate: orders that reached Shipped (the workflow ships an order whole) ÷ accepted orders.</item>
/// <item>backorder rate: accepted orders that were ever Backordered ÷ accepted orders.</item>
/// <item>on-time shipment rate: shipped orders whose Reserved → Shipped time is within the configured Fulfilment
/// plus Shipment stage limits (the SLA the workflow's timers enforce) ÷ shipped orders.</item>
/// <item>cycle time: Received → Delivered of delivered orders; p50/p90 are nearest-rank percentiles.</item>
/// <item>stage times: the intervals in <see cref="Stages"/>, for orders that reached both ends.</item>
/// <item>revenue: gross (net + tax + shipping) of shipped orders, per currency.</item>
/// <item>top SKUs: units of shipped orders per SKU, most first (ties by SKU).</item>
/// </list>
/// </summary>
public static class KpiDefinitions
{
    public static readonly IReadOnlyList<(string Name, OrderStatus From, OrderStatus To)> Stages =
    [
        ("validation", OrderStatus.Received, OrderStatus.Validated),
        // Includes any approval hold and backorder wait.
        ("reservation", OrderStatus.Validated, OrderStatus.Reserved),
        ("fulfilment", OrderStatus.Reserved, OrderStatus.Fulfilled),
        ("shipment", OrderStatus.Fulfilled, OrderStatus.Shipped),
        ("delivery", OrderStatus.Shipped, OrderStatus.Delivered),
    ];

    public const int TopSkuCount = 10;

    /// <summary>Reserved → Shipped: the Fulfilment and Shipment stage limits together.</summary>
    public static TimeSpan ShipmentLimit(FulfilmentOptions options) =>
        options.StageLimits.GetValueOrDefault("Fulfilment") + options.StageLimits.GetValueOrDefault("Shipment");
}
