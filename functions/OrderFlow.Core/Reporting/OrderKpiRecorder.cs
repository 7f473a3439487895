using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Keeps the KPI rollups current as orders change: writes the order's fact, then recomputes its day's rollup
/// from that day's facts. Both steps only ever converge on what the stored records say, so running them again
/// (a retried activity, a replayed intake, a second writer) changes nothing twice, and a run that failed half
/// way is completed by the next.
/// </summary>
public sealed class OrderKpiRecorder(OrderFactTable facts, KpiDayTable days, IOptions<FulfilmentOptions> fulfilment) : IOrderObserver
{
    volatile bool tablesExist;

    public async Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var fact = OrderFact.From(record, KpiDefinitions.ShipmentLimit(fulfilment.Value));
        await EnsureTablesAsync(cancellationToken);
        await facts.SaveAsync(fact, cancellationToken);
        await RecomputeDayAsync(fact.Day, cancellationToken);
    }

    public async Task RecomputeDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        await days.ReplaceAsync(day, async () =>
        {
            var totals = new KpiTotals();
            foreach (var fact in await facts.ReadDayAsync(day, cancellationToken))
            {
                totals.Add(fact);
            }
            return totals;
        }, cancellationToken);
    }

    async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (!tablesExist)
        {
            await facts.CreateAsync(cancellationToken);
            await days.CreateAsync(cancellationToken);
            tablesExist = true;
        }
    }
}
