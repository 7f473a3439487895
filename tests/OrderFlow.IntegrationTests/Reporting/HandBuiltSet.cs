using OrderFlow.Core.Orders;
using static OrderFlow.IntegrationTests.Reporting.HandBuiltOrders;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>
/// Twelve orders with known timelines. On 2 March: o1–o8 delivered with cycle times 24, 26, 30, 35, 40, 50, 60
/// and 70 h (o1–o6 shipped 20 h after reservation, on time; o7–o8 30 h, late; o8 was backordered and bought two
/// units); o9 shipped late in USD, not yet delivered; o10 rejected; o11 cancelled after reservation. On 3 March:
/// o12 delivered in 25 h, on time.
/// </summary>
static class HandBuiltSet
{
    public static readonly DateOnly FirstDay = DateOnly.FromDateTime(Day.UtcDateTime);

    public static async Task WriteAsync(HandBuiltOrders orders)
    {
        int[] cycleHours = [24, 26, 30, 35, 40, 50, 60, 70];
        for (var i = 1; i <= 8; i++)
        {
            var (fulfilment, shipment) = i <= 6 ? (4, 16) : (10, 20);
            await orders.AddAsync($"o{i}", Day.AddMinutes(i), "EUR", i % 2 == 1 ? "SKU-A" : "SKU-B", i == 8 ? 2 : 1,
                Delivered(TimeSpan.FromHours(fulfilment), TimeSpan.FromHours(shipment), TimeSpan.FromHours(cycleHours[i - 1]), backordered: i == 8));
        }
        await orders.AddAsync("o9", Day.AddMinutes(9), "USD", "SKU-C", 3,
            [.. Delivered(TimeSpan.FromHours(10), TimeSpan.FromHours(20), TimeSpan.FromHours(90)).Where(s => s.Item1 is not (OrderStatus.Delivered or OrderStatus.Completed))]);
        await orders.AddAsync("o10", Day.AddMinutes(10), "EUR", "SKU-A", 1, (OrderStatus.Rejected, TimeSpan.FromMinutes(5)));
        await orders.AddAsync("o11", Day.AddMinutes(11), "USD", "SKU-C", 1,
            (OrderStatus.Validated, TimeSpan.FromMinutes(5)), (OrderStatus.Reserved, TimeSpan.FromMinutes(15)), (OrderStatus.Cancelled, TimeSpan.FromHours(2)));
        await orders.AddAsync("o12", Day.AddDays(1), "EUR", "SKU-A", 1, Delivered(TimeSpan.FromHours(4), TimeSpan.FromHours(16), TimeSpan.FromHours(25)));
    }
}
