using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Reporting;
using OrderFlow.TestOrders;
using static OrderFlow.IntegrationTests.Reporting.HandBuiltSet;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>KPIs of the hand-built set (see <see cref="HandBuiltSet"/>), kept by the OrderBook hook on Azurite.</summary>
public class OrderKpiTests(KpiStorage storage) : IClassFixture<KpiStorage>
{
    static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task OrdersReport_HandBuiltDay_ExactCountsRatesAndPercentiles()
    {
        await storage.HandBuiltSetAsync();

        var report = await storage.Reports.OrdersAsync(FirstDay, FirstDay.AddDays(1), CancellationToken.None);

        Assert.Equal((11, 10, 8, 1, 1, 1, 9, 8), (report.Received, report.Accepted, report.Completed, report.Rejected, report.Cancelled, report.Backordered, report.Shipped, report.Delivered));
        Assert.Equal(0.9m, report.FulfilmentRate);
        Assert.Equal(0.6667m, report.OnTimeShipmentRate);
        Assert.Equal(0.1m, report.BackorderRate);
        Assert.Equal(new DurationSummary("cycle", 8, (long)(35 * Hour).TotalSeconds, (long)(70 * Hour).TotalSeconds), report.CycleTime);
        var stages = report.StageTimes.ToDictionary(s => s.Name);
        Assert.Equal(new DurationSummary("validation", 10, 300, 300), stages["validation"]);
        Assert.Equal(new DurationSummary("fulfilment", 9, 4 * 3600, 10 * 3600), stages["fulfilment"]);
        Assert.Equal(["EUR 107.10", "USD 35.70"], report.Revenue.Select(r => $"{r.Currency} {r.Amount}"));
        Assert.Equal([new SkuQuantity("SKU-B", 5), new SkuQuantity("SKU-A", 4), new SkuQuantity("SKU-C", 3)], report.TopSkus);
        Assert.Equal(24 * 3600, report.ShipmentSlaSeconds);
    }

    [Fact]
    public async Task OrdersReport_TwoDays_MergesRollupsExactly()
    {
        await storage.HandBuiltSetAsync();

        var report = await storage.Reports.OrdersAsync(FirstDay, FirstDay.AddDays(2), CancellationToken.None);

        Assert.Equal((12, 11, 10), (report.Received, report.Accepted, report.Shipped));
        Assert.Equal(0.9091m, report.FulfilmentRate);
        Assert.Equal(0.7m, report.OnTimeShipmentRate);
        // Cycle times 24, 25, 26, 30, 35, 40, 50, 60, 70 h: rank 5 and rank 9.
        Assert.Equal(new DurationSummary("cycle", 9, (long)(35 * Hour).TotalSeconds, (long)(70 * Hour).TotalSeconds), report.CycleTime);
        Assert.Equal([new SkuQuantity("SKU-A", 5), new SkuQuantity("SKU-B", 5), new SkuQuantity("SKU-C", 3)], report.TopSkus);
    }

    [Fact]
    public async Task OrdersReport_EveryChangeReplayedAndAStaleVersionArrivesLate_Unchanged()
    {
        await storage.HandBuiltSetAsync();
        var before = await ReportJsonAsync(FirstDay, FirstDay.AddDays(2));
        var o7 = (await storage.Orders.FindAsync(OrderId.Parse("o7"), CancellationToken.None))!;

        foreach (var id in Enumerable.Range(1, 12).Select(i => $"o{i}"))
        {
            await storage.Orders.UpdateAsync(OrderId.Parse(id), r => r, CancellationToken.None);
        }
        await storage.Recorder.OrderChangedAsync(OrderRecord.Accept(o7.OrderId, o7.Source, o7.ExternalId, o7.ReceivedAt, o7.Mode).To(OrderStatus.Validated, o7.Timeline[1].At, o7.Priced), CancellationToken.None);
        await storage.Recorder.RecomputeDayAsync(FirstDay, CancellationToken.None);

        Assert.Equal(before, await ReportJsonAsync(FirstDay, FirstDay.AddDays(2)));
    }

    [Fact]
    public async Task OrdersReport_DayWithoutOrders_ZeroCountsAndNoRates()
    {
        var report = await storage.Reports.OrdersAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), CancellationToken.None);

        Assert.Equal((0, null, null), (report.Received, report.FulfilmentRate, report.CycleTime.P50Seconds));
        Assert.Empty(report.TopSkus);
    }

    [Fact]
    public async Task OrdersReport_ThirtyOrdersOfOneDayChangedConcurrently_CountsEveryOrderOnce()
    {
        var day = new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);
        var orders = new HandBuiltOrders(storage.Orders);

        await Task.WhenAll(Enumerable.Range(1, 30).Select(i => orders.AddAsync(
            $"c{i}", day.AddMinutes(i), "EUR", "SKU-P", 1,
            HandBuiltOrders.Delivered(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(i + 3)))));
        var report = await storage.Reports.OrdersAsync(DateOnly.FromDateTime(day.UtcDateTime), DateOnly.FromDateTime(day.UtcDateTime).AddDays(1), CancellationToken.None);

        Assert.Equal((30, 30, 30), (report.Received, report.Completed, report.Delivered));
        Assert.Equal((18 * 3600L, 30 * 3600L), (report.CycleTime.P50Seconds!.Value, report.CycleTime.P90Seconds!.Value));
        Assert.Equal([new SkuQuantity("SKU-P", 30)], report.TopSkus);
    }

    [Fact]
    public async Task UpdateAsync_ObserverFailsOnce_OrderKeptAndRetryCatchesUpTheReport()
    {
        var failing = new FailsOnce();
        var book = new OrderBook(storage.Get<Azure.Data.Tables.TableServiceClient>(), storage.Get<Core.Storage.StorageNames>(), storage.Get<OrderIndex>(), storage.Get<Core.Storage.HeldRows<OrderRecord>>(), [failing, storage.Recorder], Microsoft.Extensions.Logging.Abstractions.NullLogger<OrderBook>.Instance);
        var received = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var day = DateOnly.FromDateTime(received.UtcDateTime);
        await book.TryCreateAsync(OrderJourney.Received("f1", received), payload: null, CancellationToken.None);

        failing.Armed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => book.UpdateAsync(OrderId.Parse("f1"), r => r.To(OrderStatus.Rejected, received.AddMinutes(1)), CancellationToken.None));
        var kept = await book.FindAsync(OrderId.Parse("f1"), CancellationToken.None);
        var missed = await storage.Reports.OrdersAsync(day, day.AddDays(1), CancellationToken.None);
        await book.UpdateAsync(OrderId.Parse("f1"), r => r.To(OrderStatus.Rejected, received.AddMinutes(1)), CancellationToken.None);
        var caughtUp = await storage.Reports.OrdersAsync(day, day.AddDays(1), CancellationToken.None);

        Assert.Equal(OrderStatus.Rejected, kept!.Status);
        // Creating an order tells no observer, and the failed update's observer wrote nothing.
        Assert.Equal((0, 0), (missed.Received, missed.Rejected));
        Assert.Equal((1, 1), (caughtUp.Received, caughtUp.Rejected));
    }

    async Task<string> ReportJsonAsync(DateOnly from, DateOnly to) =>
        JsonSerializer.Serialize(await storage.Reports.OrdersAsync(from, to, CancellationToken.None));

    sealed class FailsOnce : IOrderObserver
    {
        public bool Armed { get; set; }

        public Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken)
        {
            if (Armed)
            {
                Armed = false;
                throw new InvalidOperationException("The reporting store is unavailable.");
            }
            return Task.CompletedTask;
        }
    }
}
