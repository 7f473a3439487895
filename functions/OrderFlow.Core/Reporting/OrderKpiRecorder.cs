using System.Text.Json;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Keeps the KPI rollups current as orders change. On a change: the order's fact is written and its day marked
/// changed, in one transaction that never waits on other orders. On a read: each changed day's rollup is recomputed
/// from that day's facts (one single-partition read) and stored, so it is computed once however many changes came in
/// between. Every step converges on what the stored records say, so running any of them again (a retried
/// activity, a replayed intake, two readers at once) changes nothing twice, and a step that failed half way is
/// completed by the next run. The facts this process has written are held (<see cref="HeldRows{T}"/>): a fact's
/// next version is written without reading the row first, and a fact already written is not written again.
/// </summary>
public sealed class OrderKpiRecorder(OrderFactTable facts, KpiDayTable days, HeldRows<WrittenFact> written, IOptions<FulfilmentOptions> fulfilment) : IOrderObserver
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var fact = OrderFact.From(record, KpiDefinitions.ShipmentLimit(fulfilment.Value));
        var content = JsonSerializer.Serialize(fact, Json);
        var held = written.TryGet(fact.OrderId, out var version) ? version : null;
        if (held is not null && (held.Value.Version > fact.Version || held.Value.Content == content))
        {
            return;
        }
        await EnsureTablesAsync(cancellationToken);
        if (await facts.SaveAsync(fact, held?.ETag, cancellationToken) is { } etag)
        {
            written.Hold(fact.OrderId, new WrittenFact(fact.Version, content), etag);
        }
        else
        {
            written.Forget(fact.OrderId);
        }
    }

    /// <summary>
    /// The rollups of the days in [from, to) with orders, each current as of this call: the rollups in one read,
    /// the days' change markers in a point read each.
    /// </summary>
    public async Task<IReadOnlyList<(DateOnly Day, KpiTotals Totals)>> DaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rollups = (await days.ReadAsync(from, to, cancellationToken)).ToDictionary(state => state.Day);
        var changed = await facts.ChangedAsync(from, to, cancellationToken);
        var current = new List<(DateOnly, KpiTotals)>();
        foreach (var day in rollups.Keys.Union(changed.Keys).Order())
        {
            var state = (rollups.GetValueOrDefault(day) ?? new KpiDayState(day, null, null, null)) with { ChangedETag = changed.GetValueOrDefault(day) };
            current.Add((day, state.IsStale ? await RecomputeAsync(state, cancellationToken) : state.Totals!));
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
        var (dayFacts, changedETag) = await facts.ReadDayAsync(state.Day, cancellationToken);
        var totals = new KpiTotals();
        foreach (var fact in dayFacts)
        {
            totals.Add(fact);
        }
        await days.SaveAsync(state, totals, changedETag, cancellationToken);
        return totals;
    }

    async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        await facts.CreateAsync(cancellationToken);
        await days.CreateAsync(cancellationToken);
    }
}

/// <summary>A fact as this process wrote it: its version and its JSON.</summary>
public sealed record WrittenFact(int Version, string Content);
