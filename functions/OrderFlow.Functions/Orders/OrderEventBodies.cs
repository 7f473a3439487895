using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Workflow;

namespace OrderFlow.Functions.Orders;

public sealed class ReasonInput
{
    public string? Reason { get; set; }
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

/// <summary>Turns request bodies into workflow events, checked against the order as it stands.</summary>
static class OrderEventBodies
{
    public static EventPayload Pick(PickBody body, OrderRecord order, string reference)
    {
        var errors = new FieldErrors();
        var lines = FulfilmentChecks.Read(body.Lines, FulfilmentProgress.Of(order).LeftToPick, "pick", errors);
        return errors.IsEmpty ? new EventPayload(new PickEvent(reference, lines)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Parcel(ShipmentBody body, OrderRecord order)
    {
        var errors = new FieldErrors();
        var carrier = Text(body.Carrier, "carrier", "The carrier's name is required.", errors);
        var tracking = Text(body.TrackingNumber, "trackingNumber", "The tracking number is required.", errors);
        errors.Require(tracking is null || order.Shipments.All(s => s.TrackingNumber != tracking), "trackingNumber", "This parcel is already recorded.");
        var lines = FulfilmentChecks.Read(body.Lines, FulfilmentProgress.Of(order).LeftToShip, "ship", errors);
        return errors.IsEmpty ? new EventPayload(new ShipmentInput(order.OrderId, carrier!, tracking!, lines)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Delivery(DeliveryBody body, OrderRecord order)
    {
        var tracking = body.TrackingNumber?.Trim();
        var errors = new FieldErrors();
        errors.Require(tracking is null || order.Shipments.Any(s => s.TrackingNumber == tracking), "trackingNumber", "No parcel of this order has that tracking number.");
        return errors.IsEmpty ? new EventPayload(new DeliveryEvent(tracking)) : EventPayload.Invalid(errors);
    }

    public static EventPayload Payment(PaymentBody body, OrderRecord order, string reference)
    {
        var errors = new FieldErrors();
        long? amount = null;
        if (body.Amount is not null)
        {
            var valid = Money.TryParse(body.Amount, Currency.Parse(order.Priced!.Currency), out var money) && money.Minor > 0;
            errors.Require(valid, "amount", $"The amount must be a positive decimal in {order.Priced!.Currency}, such as \"12.50\".");
            amount = valid ? money.Minor : null;
        }
        return errors.IsEmpty ? new EventPayload(new PaymentEvent(reference, amount)) : EventPayload.Invalid(errors);
    }

    static string? Text(string? value, string field, string message, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        return errors.Require(!string.IsNullOrEmpty(trimmed) && trimmed.Length <= 100, field, message) ? trimmed : null;
    }
}
