using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;

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

    /// <summary>The credit note that voided the invoice when the order was cancelled after invoicing.</summary>
    public string? CreditNoteNumber { get; init; }

    public IReadOnlyList<string>? RejectionReasons { get; init; }

    /// <summary>Why staff must look at the order: a step failed after its goods left, or money came in that the order
    /// did not take and is owed back (<see cref="OweRefunds"/>). Null when all is well.</summary>
    public string? Attention { get; init; }

    public bool Paid { get; init; }

    /// <summary>The first decision on an order on hold (<see cref="HoldDecisions"/>), claimed before it is sent, so a
    /// second one (a colleague's, a click twice, the hold timing out) is refused rather than silently ignored.</summary>
    public string? Decision { get; init; }

    /// <summary>The reason given with <see cref="Decision"/>, kept for the workflow should the event not reach it.</summary>
    public string? DecisionReason { get; init; }

    /// <summary>Units picked so far per SKU (partial fulfilment).</summary>
    public IReadOnlyList<LineQuantity> Picked { get; init; } = [];

    public IReadOnlyList<Payment> Payments { get; init; } = [];

    /// <summary>Payments accepted for the workflow, each claimed here before it is sent, so that two sent at once cannot
    /// together pay more than the total; the workflow then records each in <see cref="Payments"/>.</summary>
    public IReadOnlyList<PaymentClaim> PaymentClaims { get; init; } = [];

    /// <summary>The keys of the picks, parcels and payments already applied, so a retried activity applies none twice.</summary>
    public IReadOnlyList<string> AppliedSteps { get; init; } = [];

    public FulfilmentMode Mode { get; init; } = FulfilmentMode.Manual;

    /// <summary>Moves to a stage once: a retried activity finds the stage recorded and changes nothing.</summary>
    public OrderRecord Enter(OrderStatus stage, DateTimeOffset at, string? detail = null) =>
        HasReached(stage) ? this : this with
        {
            Status = stage,
            Timeline = [.. Timeline, new TimelineEntry(stage.ToString(), at, detail)],
            Shipments = stage == OrderStatus.Delivered ? [.. Shipments.Select(s => s with { Status = "Delivered" })] : Shipments,
        };

    /// <summary>Applies a step identified by <paramref name="key"/> once; a retry with the same key changes nothing.</summary>
    public OrderRecord Once(string key, Func<OrderRecord, OrderRecord> change) =>
        AppliedSteps.Contains(key) ? this : change(this) with { AppliedSteps = [.. AppliedSteps, key] };

    /// <summary>A timeline entry for one of several steps of a kind (a partial pick, a parcel, a part payment).</summary>
    public OrderRecord Note(string what, DateTimeOffset at, string? detail) => this with { Timeline = [.. Timeline, new TimelineEntry(what, at, detail)] };

    /// <summary>The total less every payment claimed or recorded (a shop's payment is recorded without a claim).</summary>
    public long OpenBalanceMinor() =>
        (Priced?.GrossMinor ?? 0)
        - PaymentClaims.Sum(c => c.AmountMinor)
        - Payments.Where(p => PaymentClaims.All(c => c.Reference != p.Reference)).Sum(p => p.AmountMinor);

    /// <summary>
    /// Claims a payment of <paramref name="amountMinor"/> (the open balance when null) unless its reference is claimed
    /// already, the order takes no payments now (<see cref="OrderEventRules"/>: not priced, paid, finished), or the
    /// amount is not within the open balance: then unchanged.
    /// </summary>
    public OrderRecord ClaimPayment(string reference, long? amountMinor)
    {
        if (!OrderEventRules.Allows(OrderEvents.Payment, this) || PaymentClaims.Any(c => c.Reference == reference))
        {
            return this;
        }
        var open = OpenBalanceMinor();
        var amount = amountMinor ?? open;
        return amount > 0 && amount <= open ? this with { PaymentClaims = [.. PaymentClaims, new PaymentClaim(reference, amount)] } : this;
    }

    /// <summary>The timeline entry of a refund owed (<see cref="OweRefunds"/>).</summary>
    public const string RefundDue = "RefundDue";

    /// <summary>
    /// Payments claimed but never taken by the workflow, which ended first (cancelled, rejected on approval, failed,
    /// or settled by a shop's "paid" that raced them): the money came in, so they are recorded, and the order is
    /// flagged for a refund.
    /// </summary>
    public OrderRecord OweRefunds(DateTimeOffset at)
    {
        var untaken = PaymentClaims.Where(c => Payments.All(p => p.Reference != c.Reference)).ToList();
        if (untaken.Count == 0)
        {
            return this;
        }
        var currency = Common.Currency.Parse(Priced!.Currency);
        var why = $"Refund due: {new Common.Money(untaken.Sum(c => c.AmountMinor), currency).ToDecimalString()} {currency.Code} came in "
            + $"({string.Join(", ", untaken.Select(c => c.Reference))}) that the order did not take: it is {Status}.";
        return (this with { Payments = [.. Payments, .. untaken.Select(c => new Payment(c.Reference, c.AmountMinor, at))], Attention = why })
            .Note(RefundDue, at, why);
    }

    public bool HasReached(OrderStatus stage) => Timeline.Any(t => t.Stage == stage.ToString());

    /// <summary>
    /// Whether a start may create the order's workflow: only while the order is Received. Past that its workflow has
    /// run, and finding no instance (purged once finished) is no reason to reserve, ship or invoice it again.
    /// </summary>
    public bool AwaitsWorkflow => Status == OrderStatus.Received;

    /// <summary>A timeline entry that is not a status of its own (Paid, Approved); recorded once.</summary>
    public OrderRecord Mark(string milestone, DateTimeOffset at, string? detail) =>
        Timeline.Any(t => t.Stage == milestone) ? this : this with { Timeline = [.. Timeline, new TimelineEntry(milestone, at, detail)] };
}

public sealed record TimelineEntry(string Stage, DateTimeOffset At, string? Detail);

/// <summary>One parcel: its carrier, tracking number, status (InTransit, Delivered) and the units in it.</summary>
public sealed record Shipment(string Carrier, string TrackingNumber, string Status, IReadOnlyList<LineQuantity>? Lines = null);

/// <summary>A payment received for the order, in minor units of the order's currency.</summary>
public sealed record Payment(string Reference, long AmountMinor, DateTimeOffset At);

/// <summary>A payment accepted and on its way to the workflow, in minor units of the order's currency.</summary>
public sealed record PaymentClaim(string Reference, long AmountMinor)
{
    /// <summary>What a payment's amount must be, naming the order's open balance.</summary>
    public static string AmountRule(OrderRecord order)
    {
        var currency = Common.Currency.Parse(order.Priced!.Currency);
        return $"The amount must be a positive decimal in {currency.Code} of at most the open balance, {new Common.Money(order.OpenBalanceMinor(), currency).ToDecimalString()}.";
    }
}

/// <summary>The input of one order's workflow, fixed when the order is accepted.</summary>
public sealed record OrderWorkflowInput(
    string OrderId,
    CanonicalOrder Order,
    FulfilmentMode Mode,
    TimeSpan AutoStepDelay,
    TimeSpan ApprovalTimeout,
    IReadOnlyDictionary<string, TimeSpan>? StageLimits = null,
    InvoiceTiming InvoiceOn = InvoiceTiming.Shipment);

public enum FulfilmentMode { Auto, Manual }
