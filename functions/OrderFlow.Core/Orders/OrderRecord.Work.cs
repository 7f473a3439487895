using System.Text.Json.Serialization;
using OrderFlow.Core.Orders.Work;

namespace OrderFlow.Core.Orders;

/// <summary>What the order waits for a person to do, read from its own state, so the work queue never disagrees with it.</summary>
public sealed partial record OrderRecord
{
    /// <summary>Each stage limit and the stage whose arrival ends the wait it watches.</summary>
    static readonly (Milestone Overdue, OrderStatus EndedBy)[] StageLimits =
    [
        (Milestone.FulfilmentOverdue, OrderStatus.Fulfilled),
        (Milestone.ShipmentOverdue, OrderStatus.Shipped),
        (Milestone.DeliveryOverdue, OrderStatus.Delivered),
    ];

    /// <summary>Every reason the order needs a person now; none while it runs by itself or has ended cleanly.</summary>
    public IReadOnlyList<OrderWork> WorkNeeded()
    {
        var work = new List<OrderWork>();
        if (Status == OrderStatus.OnHold && Decision is null)
        {
            work.Add(new(WorkKind.AwaitingApproval, ReachedAt(OrderStatus.OnHold)!.Value, Latest(Milestone.OnHold)?.Detail ?? "Held for approval."));
        }
        if (Status == OrderStatus.Backordered)
        {
            work.Add(new(WorkKind.Backordered, ReachedAt(OrderStatus.Backordered)!.Value, Latest(Milestone.Backordered)?.Detail ?? "Stock is short."));
        }
        if (FlaggedFor is { } kind && Attention is { } why)
        {
            var (workKind, flaggedBy) = kind switch
            {
                AttentionKind.RefundDue => (WorkKind.RefundDue, Milestone.RefundDue),
                AttentionKind.DeliveryProblem => (WorkKind.NeedsAttention, Milestone.DeliveryProblem),
                _ => (WorkKind.NeedsAttention, Milestone.NeedsAttention),
            };
            work.Add(new(workKind, Latest(flaggedBy)?.At ?? ReceivedAt, why));
        }
        if (!Status.IsFinal())
        {
            work.AddRange(StageLimits
                .Where(limit => !HasReached(limit.EndedBy) && Latest(limit.Overdue) is not null)
                .Select(limit => Latest(limit.Overdue)!)
                .Select(late => new OrderWork(WorkKind.PastSla, late.At, late.Detail ?? $"{late.Stage} passed its limit.")));
        }
        return work;
    }

    [JsonIgnore]
    public bool NeedsWork => WorkNeeded().Count > 0;

    TimelineEntry? Latest(Milestone milestone) => Timeline.LastOrDefault(t => t.Stage == milestone);
}
