using Microsoft.Extensions.Options;

namespace OrderFlow.Core.Orders.Work;

/// <summary>An order in a section of the work queue: why, and for a hold when it times out and how long is left.</summary>
public sealed record WorkEntry(OrderRecord Order, OrderWork Work, DateTimeOffset? Due, TimeSpan? TimeLeft);

/// <summary>One section of the work queue, oldest first.</summary>
public sealed record WorkSection(WorkKind Kind, IReadOnlyList<WorkEntry> Entries);

/// <summary>
/// The orders waiting for a person, by reason: read from the index's list of orders needing work (never by scanning
/// orders), each order read and asked itself (<see cref="OrderRecord.WorkNeeded"/>), so an order whose work was done
/// while the list caught up is left out. A hold's time left counts from when it was held to the approval timeout.
/// </summary>
public sealed class WorkQueueReader(OrderIndex index, OrderBook orders, IOptions<ApprovalOptions> approval, TimeProvider time)
{
    /// <summary>The most orders one look at the queue reads; a queue longer than this is a backlog to fix first.</summary>
    public const int MostOrders = 500;

    /// <summary>Every section, each in the order of <see cref="WorkKind"/>, empty ones included.</summary>
    public async Task<IReadOnlyList<WorkSection>> ReadAsync(CancellationToken cancellationToken)
    {
        var records = await orders.FindManyAsync(await index.NeedingWorkAsync(MostOrders, cancellationToken), cancellationToken);
        var now = time.GetUtcNow();
        var entries = records.SelectMany(r => r.WorkNeeded().Select(work => Entry(r, work, now))).ToList();
        return [.. Enum.GetValues<WorkKind>().Select(kind => new WorkSection(kind, [.. entries
            .Where(e => e.Work.Kind == kind)
            .OrderBy(e => e.Work.Since)
            .ThenBy(e => e.Order.OrderId.Value, StringComparer.Ordinal)]))];
    }

    WorkEntry Entry(OrderRecord order, OrderWork work, DateTimeOffset now)
    {
        if (work.Kind != WorkKind.AwaitingApproval)
        {
            return new(order, work, null, null);
        }
        var due = work.Since + approval.Value.Timeout;
        return new(order, work, due, due > now ? due - now : TimeSpan.Zero);
    }
}
