using OrderFlow.Core.Orders;
using OrderFlow.Core.Reporting;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Reporting;

/// <summary>What keeping an order's KPI fact costs in storage operations, on Azurite.</summary>
public class KpiFactWriteTests(CountedStorage storage) : IClassFixture<CountedStorage>
{
    static readonly CancellationToken None = CancellationToken.None;
    static readonly DateTimeOffset At = new(2031, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OrderChanged_NextVersionInTheSameProcess_WritesFactAndMarkerInOneTransactionWithoutReading()
    {
        var recorder = storage.Get<OrderKpiRecorder>();
        var validated = Order(At).To(OrderStatus.Validated, At.AddMinutes(1));
        await recorder.OrderChangedAsync(validated, None);

        var calls = await storage.CountAsync(() => recorder.OrderChangedAsync(validated.To(OrderStatus.Cancelled, At.AddMinutes(2)), None));
        var report = await storage.Get<OrderReports>().OrdersAsync(DateOnly.FromDateTime(At.UtcDateTime), DateOnly.FromDateTime(At.UtcDateTime).AddDays(1), None);

        Assert.Equal(["POST $batch"], calls);
        Assert.Equal((1, 1), (report.Received, report.Cancelled));
    }

    [Fact]
    public async Task OrderChanged_SameVersionAgain_WritesNothing()
    {
        var recorder = storage.Get<OrderKpiRecorder>();
        var validated = Order(At.AddDays(1)).To(OrderStatus.Validated, At.AddDays(1));
        await recorder.OrderChangedAsync(validated, None);

        var calls = await storage.CountAsync(() => recorder.OrderChangedAsync(validated, None));

        Assert.Empty(calls);
    }

    /// <summary>Each test's orders on a day of their own, so its report counts them alone.</summary>
    static OrderRecord Order(DateTimeOffset received)
    {
        var id = "fact" + Guid.NewGuid().ToString("N")[..8];
        return OrderJourney.Received(id, received);
    }
}
