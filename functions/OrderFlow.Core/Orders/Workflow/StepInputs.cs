using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

public sealed record OrderValidation(PricedOrder? Order, IReadOnlyList<string> Reasons, string? HoldReason = null);

public sealed record ApprovalDecision(bool Approved, string? Reason);

public sealed record ReservationOutcome(bool Reserved, IReadOnlyList<ReservationResult> Lines);

public sealed record ShipmentInput(string OrderId, string Carrier, string TrackingNumber);

public sealed record InvoiceRequest(PricedOrder Order, DateTimeOffset IssuedAt);

/// <summary>A stage to enter, or with <paramref name="Milestone"/> a timeline entry that leaves the status as it is.</summary>
public sealed record StageChange(string OrderId, OrderStatus Stage, string? Detail = null, bool Paid = false, string? Milestone = null);

public sealed record SlaBreach(string OrderId, string WaitingFor, TimeSpan Limit);
