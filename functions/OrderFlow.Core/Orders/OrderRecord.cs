using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders;

/// <summary>
/// The order aggregate: everything known about an order, kept as one document per order. It changes only through its
/// methods named for business events (one partial file per rule family), each answering the new state or a refusal
/// that says why; the setters are private so nothing else can move it. Stored orders read back through
/// <see cref="JsonIncludeAttribute"/> on the private setters.
/// </summary>
public sealed partial record OrderRecord
{
    public required OrderId OrderId { get; init; }

    public required string Source { get; init; }

    public required string ExternalId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    [JsonInclude]
    public OrderStatus Status { get; private set; } = OrderStatus.Received;

    [JsonInclude]
    public CustomerId? CustomerId { get; private set; }

    [JsonInclude]
    public Currency? Currency { get; private set; }

    [JsonInclude]
    public PricedOrder? Priced { get; private set; }

    [JsonInclude]
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    [JsonInclude]
    public IReadOnlyList<ReservationResult> Reservations { get; private set; } = [];

    [JsonInclude]
    public IReadOnlyList<Shipment> Shipments { get; private set; } = [];

    [JsonInclude]
    public DocumentNumber? InvoiceNumber { get; private set; }

    /// <summary>The credit note that voided the invoice when the order was cancelled after invoicing.</summary>
    [JsonInclude]
    public DocumentNumber? CreditNoteNumber { get; private set; }

    [JsonInclude]
    public IReadOnlyList<string>? RejectionReasons { get; private set; }

    /// <summary>Why staff must look at the order, in words: a step failed after its goods left, money came in that the
    /// order did not take and is owed back (<see cref="OweRefunds"/>), or a parcel has a delivery problem. Null when all
    /// is well.</summary>
    [JsonInclude]
    public string? Attention { get; private set; }

    /// <summary>The kind of <see cref="Attention"/>; null exactly when it is null.</summary>
    [JsonInclude]
    public AttentionKind? FlaggedFor { get; private set; }

    [JsonInclude]
    public bool Paid { get; private set; }

    /// <summary>Units picked so far per SKU (partial fulfilment).</summary>
    [JsonInclude]
    public IReadOnlyList<LineQuantity> Picked { get; private set; } = [];

    [JsonInclude]
    public IReadOnlyList<Payment> Payments { get; private set; } = [];

    /// <summary>Payments accepted for the workflow, each claimed here before it is sent, so that two sent at once cannot
    /// together pay more than the total; the workflow then records each in <see cref="Payments"/>.</summary>
    [JsonInclude]
    public IReadOnlyList<PaymentClaim> PaymentClaims { get; private set; } = [];

    /// <summary>The keys of the picks, parcels and payments already applied, so a retried activity applies none twice.</summary>
    [JsonInclude]
    public IReadOnlyList<string> AppliedSteps { get; private set; } = [];

    [JsonInclude]
    public FulfilmentMode Mode { get; private set; } = FulfilmentMode.Manual;

    /// <summary>A new order, as intake records it: Received, entered by <paramref name="enteredBy"/> (none: a channel sent it).</summary>
    public static OrderRecord Accept(OrderId orderId, string source, string externalId, DateTimeOffset receivedAt, FulfilmentMode mode, Actor? enteredBy = null) =>
        new OrderRecord { OrderId = orderId, Source = source, ExternalId = externalId, ReceivedAt = receivedAt, Mode = mode }
            .Enter(OrderStatus.Received, receivedAt, by: enteredBy);

    public bool HasReached(OrderStatus stage) => HasMilestone(Milestones.Of(stage));

    public bool HasMilestone(Milestone milestone) => Timeline.Any(t => t.Stage == milestone);

    /// <summary>When the order first reached <paramref name="stage"/>, or null.</summary>
    public DateTimeOffset? ReachedAt(OrderStatus stage) => Timeline.FirstOrDefault(t => t.Stage == Milestones.Of(stage))?.At;

    /// <summary>
    /// Whether a start may create the order's workflow: only while the order is Received. Past that its workflow has
    /// run, and finding no instance (purged once finished) is no reason to reserve, ship or invoice it again.
    /// </summary>
    [JsonIgnore]
    public bool AwaitsWorkflow => Status == OrderStatus.Received;

    /// <summary>Moves to a stage once: a retried step finds the stage recorded and changes nothing.</summary>
    OrderRecord Enter(OrderStatus stage, DateTimeOffset at, string? detail = null, Actor? by = null) =>
        HasReached(stage) ? this : this with { Status = stage, Timeline = [.. Timeline, new TimelineEntry(Milestones.Of(stage), at, detail, by)] };

    /// <summary>Applies a step identified by <paramref name="key"/> once; a retry with the same key changes nothing.</summary>
    OrderChange Once(string key, Func<OrderRecord, OrderChange> change)
    {
        if (AppliedSteps.Contains(key))
        {
            return OrderChange.Unchanged(this);
        }
        var changed = change(this);
        return changed.Refusal is null ? OrderChange.To(changed.Order with { AppliedSteps = [.. AppliedSteps, key] }) : changed;
    }

    /// <summary>A timeline entry for one of several steps of a kind (a partial pick, a parcel, a part payment).</summary>
    OrderRecord Note(Milestone what, DateTimeOffset at, string? detail, Actor? by = null) =>
        this with { Timeline = [.. Timeline, new TimelineEntry(what, at, detail, by)] };

    /// <summary>A timeline entry that is not a status of its own (Paid, Approved); recorded once.</summary>
    OrderRecord Mark(Milestone milestone, DateTimeOffset at, string? detail, Actor? by = null) =>
        HasMilestone(milestone) ? this : Note(milestone, at, detail, by);

    /// <summary>The answer "not in this stage", in the words the API's 409 shows.</summary>
    OrderChange WrongStage(string what) => OrderChange.Refused(this, $"The order is {Status}: it does not take {what} now.");
}

/// <summary>
/// The input of one order's workflow, fixed when the order is accepted. Orders accepted before approvers were emailed
/// carry no <see cref="RemindApproversBefore"/>, and their holds email nobody, as their history expects.
/// </summary>
public sealed record OrderWorkflowInput(
    OrderId OrderId,
    CanonicalOrder Order,
    FulfilmentMode Mode,
    TimeSpan AutoStepDelay,
    TimeSpan ApprovalTimeout,
    IReadOnlyDictionary<string, TimeSpan>? StageLimits = null,
    InvoiceTiming InvoiceOn = InvoiceTiming.Shipment,
    WorkflowRetries? Retries = null,
    TimeSpan? RemindApproversBefore = null);

public enum FulfilmentMode { Auto, Manual }
