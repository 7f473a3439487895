using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Functions.Orders;

public class ReasonInput
{
    public string? Reason { get; set; }
}

/// <summary>POST /orders/{id}/cancel: the reason for the timeline, and the one the customer is told, when given.</summary>
public sealed class CancelBody : ReasonInput
{
    public string? CustomerReason { get; set; }
}

/// <summary>POST /orders/{id}/fulfilment: units picked (all that are left when lines are left out).</summary>
public sealed class PickBody
{
    public string? Reference { get; set; }

    public List<LineRequest?>? Lines { get; set; }
}

/// <summary>POST /orders/{id}/shipments: one parcel (everything picked and not yet shipped when lines are left out).</summary>
public sealed class ShipmentBody
{
    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    public List<LineRequest?>? Lines { get; set; }
}

/// <summary>POST /orders/{id}/delivery: one parcel delivered, or all when no tracking number is given.</summary>
public sealed class DeliveryBody
{
    public string? TrackingNumber { get; set; }
}

/// <summary>POST /orders/{id}/payments: an amount (the whole balance when left out) with the payer's reference.</summary>
public sealed class PaymentBody
{
    public string? Reference { get; set; }

    public string? Amount { get; set; }
}

/// <summary>POST /orders/{id}/refunds: the reference of the money paid back (the bank's or card's).</summary>
public sealed class RefundBody
{
    public string? Reference { get; set; }
}

/// <summary>POST /orders/{id}/delivery-problems: the parcel, by its tracking number, and what the carrier reports.</summary>
public sealed class DeliveryProblemBody
{
    public string? TrackingNumber { get; set; }

    public string? Problem { get; set; }
}

/// <summary>POST /orders/{id}/delivery-problems/resolve: what operations did about it.</summary>
public sealed class ResolveDeliveryProblemBody
{
    public string? Note { get; set; }
}

/// <summary>
/// Turns request bodies into workflow events. They only parse; what the order allows (quantities left, known parcels,
/// the open balance) they ask of the order, whose refusals naming a field become field errors.
/// </summary>
static class OrderEventBodies
{
    const int MaxText = 100;
    const int MaxReason = 500;

    public static EventPayload Cancel(CancelBody input, Actor by)
    {
        var errors = new FieldErrors();
        var reason = Reason(input.Reason, "reason", errors) ?? "Cancelled on request.";
        var customerReason = Reason(input.CustomerReason, "customerReason", errors);
        return errors.IsEmpty ? new EventPayload(new CancelRequest(reason, by, customerReason)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Approval(ReasonInput input, bool approved, Actor by)
    {
        var (reason, errors) = DecisionReason(input.Reason);
        return errors.IsEmpty ? new EventPayload(new ApprovalDecision(approved, reason, by)) : EventPayload.Invalid(errors);
    }

    /// <summary>The reason given with an approval or a rejection, checked as the API checks it (the approval link's form too).</summary>
    public static (string? Reason, FieldErrors Errors) DecisionReason(string? text)
    {
        var errors = new FieldErrors();
        return (Reason(text, "reason", errors), errors);
    }

    public static EventPayload Retry(OrderRecord order, Actor by) => new(new RetryRequest(order.TimesFlagged, by));

    public static EventPayload Pick(PickBody body, OrderRecord order, string? idempotencyKey, Actor by)
    {
        var errors = new FieldErrors();
        var reference = Reference(body.Reference, idempotencyKey, errors);
        var lines = FulfilmentChecks.Read(body.Lines, order.Progress.LeftToPick, "pick", errors);
        return errors.IsEmpty ? new EventPayload(new PickEvent(reference!, lines, by)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Parcel(ShipmentBody body, OrderRecord order, Actor by)
    {
        var errors = new FieldErrors();
        var carrier = Text(body.Carrier, "carrier", "The carrier's name is required.", errors);
        var tracking = Text(body.TrackingNumber, "trackingNumber", "The tracking number is required.", errors);
        AddRefusal(order.WhyNotShip(tracking), errors);
        var lines = FulfilmentChecks.Read(body.Lines, order.Progress.LeftToShip, "ship", errors);
        return errors.IsEmpty ? new EventPayload(new ShipmentInput(order.OrderId, carrier!, tracking!, lines, by)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Delivery(DeliveryBody body, OrderRecord order, Actor by)
    {
        var tracking = body.TrackingNumber?.Trim();
        var errors = new FieldErrors();
        AddRefusal(order.WhyNotDeliver(tracking), errors);
        return errors.IsEmpty ? new EventPayload(new DeliveryEvent(tracking, by)) : EventPayload.Invalid(errors);
    }

    /// <summary>A payment in the order's currency (no amount: all that is open); the order checks it against its balance as it claims it.</summary>
    public static EventPayload Payment(PaymentBody body, OrderRecord order, string? idempotencyKey, Actor by)
    {
        var errors = new FieldErrors();
        // Required: the payment is claimed on the order before it is sent, and only a retry under the same reference
        // can send a claim whose first request failed after claiming.
        var reference = RequiredReference(body.Reference, idempotencyKey, "A payment", errors);
        errors.Require(
            reference?.EndsWith(OrderEventRelay.ShopPaidSuffix, StringComparison.Ordinal) != true, "reference",
            $"References ending in \"{OrderEventRelay.ShopPaidSuffix}\" are kept for shops' paid webhooks.");
        Money? amount = null;
        if (body.Amount is not null)
        {
            var valid = Money.TryParse(body.Amount, order.Priced!.Currency, out var money) && money.Minor > 0;
            errors.Require(valid, "amount", order.PaymentAmountRule());
            amount = valid ? money : null;
        }
        return errors.IsEmpty ? new EventPayload(new PaymentEvent(reference!, amount, by)) : EventPayload.Invalid(errors);
    }

    /// <summary>The refund's reference (else the Idempotency-Key), required: a refund is recorded once per reference.</summary>
    public static (string? Reference, FieldErrors Errors) Refund(RefundBody body, string? idempotencyKey)
    {
        var errors = new FieldErrors();
        return (RequiredReference(body.Reference, idempotencyKey, "A refund", errors), errors);
    }

    /// <summary>A delivery problem report: the tracking number and the problem, both required.</summary>
    public static (string? TrackingNumber, string? Problem, FieldErrors Errors) DeliveryProblem(DeliveryProblemBody body)
    {
        var errors = new FieldErrors();
        var tracking = Text(body.TrackingNumber, "trackingNumber", "The tracking number of the parcel is required.", errors);
        var problem = RequiredReason(body.Problem, "problem", "Say what the problem is", errors);
        return (tracking, problem, errors);
    }

    /// <summary>The note that resolves a delivery problem, required.</summary>
    public static (string? Note, FieldErrors Errors) ResolveDeliveryProblem(ResolveDeliveryProblemBody body)
    {
        var errors = new FieldErrors();
        return (RequiredReason(body.Note, "note", "Say what was done about the problem", errors), errors);
    }

    /// <summary>The sender's reference or Idempotency-Key; without either, <paramref name="what"/> is refused.</summary>
    static string? RequiredReference(string? given, string? idempotencyKey, string what, FieldErrors errors)
    {
        var reference = Reference(given, idempotencyKey, errors);
        errors.Require(
            given?.Trim() is { Length: > 0 } || idempotencyKey is { Length: > 0 }, "reference",
            $"{what} needs a reference (or an Idempotency-Key header), so that a retry is recognised and not counted twice.");
        return reference;
    }

    /// <summary>
    /// The sender's reference, else its Idempotency-Key, else a new one (then a repeat counts twice). One that is too
    /// long is refused, not replaced: a replacement would make every retry count anew.
    /// </summary>
    static string? Reference(string? given, string? idempotencyKey, FieldErrors errors)
    {
        var (field, value) = given?.Trim() is { Length: > 0 } reference ? ("reference", reference)
            : idempotencyKey is { Length: > 0 } key ? ("Idempotency-Key", key)
            : (null, Guid.NewGuid().ToString("N"));
        return field is null || errors.Require(value.Length <= MaxText, field, $"A reference is at most {MaxText} characters.") ? value : null;
    }

    /// <summary>An optional reason, trimmed; blank counts as none.</summary>
    static string? Reason(string? text, string field, FieldErrors errors)
    {
        var reason = text?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return null;
        }
        return errors.Require(reason.Length <= MaxReason, field, $"A reason is at most {MaxReason} characters.") ? reason : null;
    }

    /// <summary>A reason that must be given, trimmed; <paramref name="ask"/> starts the error when it is missing.</summary>
    static string? RequiredReason(string? text, string field, string ask, FieldErrors errors)
    {
        var reason = text?.Trim();
        return errors.Require(!string.IsNullOrEmpty(reason) && reason.Length <= MaxReason, field, $"{ask} (at most {MaxReason} characters).") ? reason : null;
    }

    /// <summary>A refusal of the order that names a field of the request is an error in that field.</summary>
    static void AddRefusal(Refusal? refusal, FieldErrors errors)
    {
        if (refusal is { Field: { } field })
        {
            errors.Add(field, refusal.Why);
        }
    }

    static string? Text(string? value, string field, string message, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        return errors.Require(!string.IsNullOrEmpty(trimmed) && trimmed.Length <= MaxText, field, message) ? trimmed : null;
    }
}
