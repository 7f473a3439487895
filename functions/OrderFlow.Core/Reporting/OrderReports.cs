using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>Answers reports from the daily rollups: a range costs one read of its days' rows, plus the facts of days changed since.</summary>
public sealed class OrderReports(OrderKpiRecorder days, IOptions<FulfilmentOptions> fulfilment)
{
    /// <summary>The longest range one report covers: a year of daily rows.</summary>
    public const int MaxDays = 366;

    public async Task<OrderKpiReport> OrdersAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rollups = await DaysAsync(from, to, cancellationToken);
        return OrderKpiReport.Of(from, to, KpiTotals.Sum(rollups.Select(d => d.Totals)), KpiDefinitions.ShipmentLimit(fulfilment.Value));
    }

    public Task<IReadOnlyList<(DateOnly Day, KpiTotals Totals)>> DaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        days.DaysAsync(from, to, cancellationToken);
}
