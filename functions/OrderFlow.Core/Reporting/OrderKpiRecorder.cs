using System.Text.Json;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Reporting;

/// <summary>
/// Keeps the KPI rollups current as orders change. On a change: the order's fact is written and its day marked
/// changed (two writes that never wait on other orders). On a read: each changed day's rollup is recomputed from
/// that day's facts (one single-partition read) and stored, so it is computed once however many changes came in
/// between. Every step converges on what the stored records say, so running any of them again (a retried
/// activity, a replayed intake, two readers at once) changes nothing twice, and a step that failed half way is
/// completed by the next run. The facts this process has written and announced are held
/// (<see cref="HeldRows{T}"/>): a fact's next version is written without reading the row first, and a fact
/// already written and announced is not written again.
/// </summary>
public sealed class OrderKpiRecorder(OrderFactTable facts, KpiDayTable days, HeldRows<AnnouncedFact> announced, IOptions<FulfilmentOptions> fulfilment) : IOrderObserver
{
    public async Task OrderChangedAsync(OrderRecord record, CancellationToken cancellationToken)
    {
        var fact = OrderFact.From(record, KpiDefinitions.ShipmentLimit(fulfilment.Value));
        var content = JsonSerializer.Serialize(fact, Json);
        var held = announced.TryGet(fact.OrderId, out var version) ? version : null;
        if (held is not null && (held.Value.Version > fact.Version || held.Value.Content == content))
        {
            return;
        }
        await EnsureTablesAsync(cancellationToken);
        // Fact first: a marker is only ever written after the fact it announces, so a rollup computed after
        // reading a marker includes every fact that marker stands for. The fact is held once both are written, so
        // a repeat after a failed marker writes them again.
        if (await facts.SaveAsync(fact, held?.ETag, cancellationToken) is not { } written)
        {
            announced.Forget(fact.OrderId);
            return;
        }
        await days.MarkChangedAsync(fact.Day, cancellationToken);
        announced.Hold(fact.OrderId, new AnnouncedFact(fact.Version, content), written);
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

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        await facts.CreateAsync(cancellationToken);
        await days.CreateAsync(cancellationToken);
    }
}

/// <summary>A fact as written and announced by this process: its version and its JSON.</summary>
public sealed record AnnouncedFact(int Version, string Content);
