using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders;

/// <summary>Everything known about an order, as GET /orders/{id} shows it; kept as one document per order.</summary>
public sealed record OrderRecord
{
    public required string OrderId { get; init; }

    public required string Source { get; init; }

    public required string ExternalId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public OrderStatus Status { get; init; } = OrderStatus.Received;

    public string? CustomerId { get; init; }

    public string? Currency { get; init; }

    public PricedOrder? Priced { get; init; }

    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public IReadOnlyList<ReservationResult> Reservations { get; init; } = [];

    public IReadOnlyList<Shipment> Shipments { get; init; } = [];

    public string? InvoiceNumber { get; init; }

    public IReadOnlyList<string>? RejectionReasons { get; init; }

    public bool Paid { get; init; }

    public FulfilmentMode Mode { get; init; } = FulfilmentMode.Manual;

    /// <summary>Moves to a stage once: a retried activity finds the stage recorded and changes nothing.</summary>
    public OrderRecord Enter(OrderStatus stage, DateTimeOffset at, string? detail = null) =>
        HasReached(stage) ? this : this with
        {
            Status = stage,
            Timeline = [.. Timeline, new TimelineEntry(stage.ToString(), at, detail)],
            Shipments = stage == OrderStatus.Delivered ? [.. Shipments.Select(s => s with { Status = "Delivered" })] : Shipments,
        };

    public bool HasReached(OrderStatus stage) => Timeline.Any(t => t.Stage == stage.ToString());

    /// <summary>A timeline entry that is not a status of its own (Paid, Approved); recorded once.</summary>
    public OrderRecord Mark(string milestone, DateTimeOffset at, string? detail) =>
        Timeline.Any(t => t.Stage == milestone) ? this : this with { Timeline = [.. Timeline, new TimelineEntry(milestone, at, detail)] };
}

public sealed record TimelineEntry(string Stage, DateTimeOffset At, string? Detail);

public sealed record Shipment(string Carrier, string TrackingNumber, string Status);

/// <summary>The input of one order's workflow, fixed when the order is accepted.</summary>
public sealed record OrderWorkflowInput(
    string OrderId, CanonicalOrder Order, FulfilmentMode Mode, TimeSpan AutoStepDelay, TimeSpan ApprovalTimeout, IReadOnlyDictionary<string, TimeSpan>? StageLimits = null);

public enum FulfilmentMode { Auto, Manual }
