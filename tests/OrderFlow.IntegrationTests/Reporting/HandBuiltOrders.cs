using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>
/// Orders with chosen timelines, written through OrderBook one stage at a time as the workflow does, so the
/// KPI hook runs on every change. Every order is received at <see cref="Day"/> 08:00 UTC plus a minute per order.
/// </summary>
sealed class HandBuiltOrders(OrderBook orders)
{
    public static readonly DateTimeOffset Day = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Stages after Received, each an offset from receipt, reached through the order's events. Validated carries the
    /// priced order (one line of <paramref name="sku"/>, 10.00 a unit, 19% tax, no shipping).
    /// </summary>
    public async Task<OrderRecord> AddAsync(
        string id, DateTimeOffset received, string currency, string sku, int quantity, params (OrderStatus Stage, TimeSpan After)[] stages)
    {
        await orders.TryCreateAsync(OrderJourney.Received(id, received), payload: null, CancellationToken.None);
        var record = await orders.FindAsync(OrderId.Parse(id), CancellationToken.None);
        foreach (var (stage, after) in stages)
        {
            var priced = OrderJourney.Priced(id, customerId: "c-kpi", currency: currency, sku: sku, quantity: quantity) with { ShippingMinor = 0 };
            record = await orders.UpdateAsync(OrderId.Parse(id), r => r.To(stage, received + after, priced), CancellationToken.None);
        }
        return record!;
    }

    /// <summary>A delivered, completed order: validated after 5 min, reserved 10 min later, then fulfilment, shipment, delivery.</summary>
    public static (OrderStatus, TimeSpan)[] Delivered(TimeSpan fulfilment, TimeSpan shipment, TimeSpan cycle, bool backordered = false)
    {
        var reserved = TimeSpan.FromMinutes(15);
        return
        [
            (OrderStatus.Validated, TimeSpan.FromMinutes(5)),
            .. backordered ? new[] { (OrderStatus.Backordered, TimeSpan.FromMinutes(6)) } : [],
            (OrderStatus.Reserved, reserved),
            (OrderStatus.Fulfilled, reserved + fulfilment),
            (OrderStatus.Shipped, reserved + fulfilment + shipment),
            (OrderStatus.Invoiced, reserved + fulfilment + shipment),
            (OrderStatus.Delivered, cycle),
            (OrderStatus.Completed, cycle),
        ];
    }
}
