using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Keeps the KPI rollups current as orders change. On a change: the order's fact is written and its day marked
/// changed (two writes that never wait on other orders). On a read: each changed day's rollup is recomputed from
/// that day's facts (one single-partition read) and stored, so it is computed once however many changes came in
/// between. Every step converges on what the stored records say, so running any of them again (a retried
/// activity, a replayed intake, two readers at once) changes nothing twice, and a step that failed half way is
/// completed by the next run.
/// </summary>
public sealed class OrderKpiRecorder(OrderFactTable facts, KpiDayTable days, IOptions<FulfilmentOptions> fulfilment) : IOrderObserver
{
    public async Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var fact = OrderFact.From(record, KpiDefinitions.ShipmentLimit(fulfilment.Value));
        await EnsureTablesAsync(cancellationToken);
        // Fact first: a marker is only ever written after the fact it announces, so a rollup computed after
        // reading a marker includes every fact that marker stands for.
        await facts.SaveAsync(fact, cancellationToken);
        await days.MarkChangedAsync(fact.Day, cancellationToken);
    }

    /// <summary>The rollups of the days in [from, to) with orders, each current as of this call.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, KpiTotals Totals)>> DaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var states = await days.ReadAsync(from, to, cancellationToken);
        var current = new List<(DateOnly, KpiTotals)>();
        foreach (var state in states)
        {
            current.Add((state.Day, state.IsStale ? await RecomputeAsync(state, cancellationToken) : state.Totals!));
        }
        return current;
    }

    /// <summary>Recomputes the day's rollup now, changed or not (after seeding facts directly, or to repair).</summary>
    public async Task RecomputeDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken);
        await RecomputeAsync(await days.ReadAsync(day, cancellationToken), cancellationToken);
    }

    async Task<KpiTotals> RecomputeAsync(KpiDayState state, CancellationToken cancellationToken)
    {
        var totals = new KpiTotals();
        foreach (var fact in await facts.ReadDayAsync(state.Day, cancellationToken))
        {
            totals.Add(fact);
        }
        await days.SaveAsync(state, totals, state.ChangedETag, cancellationToken);
        return totals;
    }

    async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        await facts.CreateAsync(cancellationToken);
        await days.CreateAsync(cancellationToken);
    }
}
