using OrderFlow.Core.Orders;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>
/// Orders with chosen timelines, written through OrderBook one stage at a time as the workflow does, so the
/// KPI hook runs on every change. Every order is received at <see cref="Day"/> 08:00 UTC plus a minute per order.
/// </summary>
sealed class HandBuiltOrders(OrderBook orders)
{
    public static readonly DateTimeOffset Day = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Stages after Received, each an offset from receipt; a null offset skips it. Validated carries the priced
    /// order (one line of <paramref name="sku"/>, 10.00 a unit, 19% tax, no shipping).
    /// </summary>
    public async Task<OrderRecord> AddAsync(
        string id, DateTimeOffset received, string currency, string sku, int quantity, params (OrderStatus Stage, TimeSpan After)[] stages)
    {
        await orders.TryCreateAsync(new OrderRecord { OrderId = id, Source = "test", ExternalId = id, ReceivedAt = received }.Enter(OrderStatus.Received, received), payload: null, CancellationToken.None);
        var record = await orders.FindAsync(id, CancellationToken.None);
        foreach (var (stage, after) in stages)
        {
            record = await orders.UpdateAsync(id, r => Apply(r, stage, received + after, currency, sku, quantity), CancellationToken.None);
        }
        return record!;
    }

    static OrderRecord Apply(OrderRecord record, OrderStatus stage, DateTimeOffset at, string currency, string sku, int quantity) => stage switch
    {
        OrderStatus.Validated => record.Enter(stage, at) with { Priced = Priced(record.OrderId, currency, sku, quantity), Currency = currency },
        _ => record.Enter(stage, at),
    };

    static PricedOrder Priced(string id, string currency, string sku, int quantity) => new(
        id, "c-kpi", "kpi@example.test", "Kim Kpi", currency,
        [new PricedLine(sku, "Product " + sku, quantity, 1000, 0.19m, 1000L * quantity, 190L * quantity)],
        0, new Core.Orders.Intake.PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);

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
