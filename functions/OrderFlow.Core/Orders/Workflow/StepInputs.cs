using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Validation's answer: the priced order or why it was rejected, why it must be held, and the reservation validation
/// made when nothing held the order (null when it made none: then the workflow reserves in a step of its own).
/// </summary>
/// <remarks><paramref name="CancelKept"/>: a cancel came before the workflow started; its event follows once the
/// workflow runs, and nothing is reserved meanwhile.</remarks>
public sealed record OrderValidation(PricedOrder? Order, IReadOnlyList<string> Reasons, string? HoldReason = null, ReservationOutcome? Reservation = null, bool CancelKept = false);

/// <summary>A person's decision on an order on hold; <paramref name="By"/> claims it on the order (<see cref="OrderRecord.Decide"/>).</summary>
public sealed record ApprovalDecision(bool Approved, string? Reason, Actor? By = null);

public sealed record ReservationOutcome(bool Reserved, IReadOnlyList<ReservationResult> Lines);

/// <summary>
/// The warehouse picked units (all that are left when <paramref name="Lines"/> is null), as <paramref name="By"/>
/// reported (none: OrderFlow in Auto mode); the reference makes a repeat harmless.
/// </summary>
public sealed record PickEvent(string Reference, IReadOnlyList<LineQuantity>? Lines = null, Actor? By = null);

/// <summary>A parcel left with the carrier, holding <paramref name="Lines"/> (everything picked and not yet shipped when null), as <paramref name="By"/> reported.</summary>
public sealed record ShipmentInput(OrderId OrderId, string Carrier, string TrackingNumber, IReadOnlyList<LineQuantity>? Lines = null, Actor? By = null);

/// <summary>The carrier delivered one parcel, or all of them when <paramref name="TrackingNumber"/> is null, as <paramref name="By"/> reported.</summary>
public sealed record DeliveryEvent(string? TrackingNumber = null, Actor? By = null);

/// <summary>Money received; <paramref name="Amount"/> null means the whole balance; <paramref name="By"/> claims it on the order.</summary>
public sealed record PaymentEvent(string Reference, Money? Amount = null, Actor? By = null)
{
    /// <summary>
    /// The amount as payment events stated it before amounts carried their currency, in the order's minor units. Orders
    /// that wait for payment keep such events in their workflow history for days, and replay reads them; never written.
    /// </summary>
    [JsonInclude, JsonPropertyName("amountMinor"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? StatedMinor { get; private init; }

    /// <summary>The amount stated, in the order's currency; null for the whole balance.</summary>
    public Money? AmountIn(Currency currency) => Amount ?? (StatedMinor is { } minor ? new Money(minor, currency) : null);
}

/// <summary>Units picked; <paramref name="CompletedSkus"/>: the SKUs this pick completes, whose stock leaves now.</summary>
public sealed record PickStep(OrderId OrderId, string Reference, IReadOnlyList<LineQuantity> Lines, IReadOnlyList<Sku> CompletedSkus, Actor? By = null);

/// <summary>A parcel to record; <paramref name="Invoice"/>, on the last parcel when invoicing on shipment, is issued with it.</summary>
public sealed record ParcelStep(OrderId OrderId, string Carrier, string TrackingNumber, IReadOnlyList<LineQuantity> Lines, InvoiceRequest? Invoice = null, Actor? By = null);

/// <summary>A delivery to record: one parcel, or all of them when <paramref name="TrackingNumber"/> is null.</summary>
public sealed record DeliveryStep(OrderId OrderId, string? TrackingNumber, Actor? By = null);

/// <summary>A payment to record for a delivered order; the order knows whether it settles the balance.</summary>
public sealed record PaymentStep(OrderId OrderId, string Reference, Money Amount);

/// <summary>An order to invoice; the invoice is dated when its number is taken, not when the step was scheduled.</summary>
public sealed record InvoiceRequest(PricedOrder Order);

/// <summary>
/// A stage to enter, or with <paramref name="Milestone"/> a timeline entry that leaves the status as it is;
/// <paramref name="By"/> is who asked for it (a cancel's sender), none when the workflow decided.
/// </summary>
public sealed record StageChange(OrderId OrderId, OrderStatus Stage, string? Detail = null, Milestone? Milestone = null, Actor? By = null)
{
    /// <summary>On Cancelled: what the customer is told why; null on changes recorded before customers were told.</summary>
    public CancelNotice? Notice { get; init; }
}

/// <summary>Why an order was cancelled, as the customer hears it: for lack of stock, or as requested with the reason meant for them.</summary>
public sealed record CancelNotice(bool OutOfStock, string? Reason = null);

/// <summary>Why an order failed, for the operations inbox.</summary>
public sealed record OrderFailure(OrderId OrderId, string Detail);

public sealed record SlaBreach(OrderId OrderId, string WaitingFor, TimeSpan Limit);
