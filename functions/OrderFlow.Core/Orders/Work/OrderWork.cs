namespace OrderFlow.Core.Orders.Work;

/// <summary>Why an order waits for a person, in the order the work queue shows its sections.</summary>
public enum WorkKind { AwaitingApproval, Backordered, NeedsAttention, RefundDue, PastSla }

/// <summary>One reason an order needs a person: what, since when, and in words (the hold's reason, what is short).</summary>
public sealed record OrderWork(WorkKind Kind, DateTimeOffset Since, string Detail);
