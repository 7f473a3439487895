using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>Events from people and systems into a running order; the wrong stage answers 409 with the current one.</summary>
public sealed class OrderEventFunctions(OrderEventRelay relay)
{
    [Function("CancelOrder")]
    [Description("Cancels an order before it ships; its stock goes back. Body: {\"reason\"} (optional).")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/cancel")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Cancel, input => (input.Reason ?? "Cancelled on request.", null), cancellationToken);

    [Function("ApproveOrder")]
    [Description("Approves an order on hold. Body: {\"reason\"} (optional).")]
    public Task<IResult> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/approve")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Approval, input => (new ApprovalDecision(true, input.Reason), null), cancellationToken);

    [Function("RejectOrder")]
    [Description("Rejects an order on hold; nothing was reserved. Body: {\"reason\"} (optional).")]
    public Task<IResult> RejectAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/reject")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Approval, input => (new ApprovalDecision(false, input.Reason), null), cancellationToken);

    [Function("RecordFulfilment")]
    [Description("Manual mode: the warehouse has picked and packed the order.")]
    public Task<IResult> FulfilmentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/fulfilment")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Fulfilment, _ => ("picked and packed", null), cancellationToken);

    [Function("RecordShipment")]
    [Description("Manual mode: the carrier has the parcel. Body: {\"carrier\",\"trackingNumber\"}.")]
    public Task<IResult> ShipmentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/shipments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ShipmentBody>(request, id, durable, OrderEvents.Shipment, Shipment(id), cancellationToken);

    [Function("RecordDelivery")]
    [Description("Manual mode: the carrier has delivered the parcel.")]
    public Task<IResult> DeliveryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/delivery")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Delivery, _ => ("delivered", null), cancellationToken);

    [Function("RecordPayment")]
    [Description("The customer has paid. Body: {\"reference\"} (optional).")]
    public Task<IResult> PaymentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orders/{id}/payments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<PaymentBody>(request, id, durable, OrderEvents.Payment, input => (input.Reference ?? "payment received", null), cancellationToken);

    static Func<ShipmentBody, (object? Payload, FieldErrors? Errors)> Shipment(string orderId) => input =>
    {
        var errors = new FieldErrors();
        errors.Require(!string.IsNullOrWhiteSpace(input.Carrier) && input.Carrier.Length <= 100, "carrier", "The carrier's name is required.");
        errors.Require(!string.IsNullOrWhiteSpace(input.TrackingNumber) && input.TrackingNumber.Length <= 100, "trackingNumber", "The tracking number is required.");
        return errors.IsEmpty ? (new ShipmentInput(orderId, input.Carrier!.Trim(), input.TrackingNumber!.Trim()), null) : (null, errors);
    };

    async Task<IResult> SendAsync<T>(
        HttpRequest request, string id, DurableTaskClient durable, string eventName, Func<T, (object? Payload, FieldErrors? Errors)> payload, CancellationToken cancellationToken)
        where T : class, new()
    {
        if (!EntityKey.IsValid(id))
        {
            return Problems.NotFound($"Order '{id}'");
        }
        T input = new();
        // A body is optional for most events; one that comes (sized or chunked) must be valid JSON.
        if (request.ContentLength is > 0 || (request.ContentLength is null && request.ContentType is not null))
        {
            var body = await JsonBody.ReadAsync<T>(request, cancellationToken);
            if (body.Error is not null)
            {
                return body.Error;
            }
            input = body.Value!;
        }
        var (value, errors) = payload(input);
        if (errors is not null)
        {
            return Problems.Validation(errors);
        }
        var outcome = await relay.SendAsync(durable, id, eventName, value!, cancellationToken);
        return outcome switch
        {
            { Found: false } => Problems.NotFound($"Order '{id}'"),
            { ConflictingStage: { } stage } => Problems.Status(StatusCodes.Status409Conflict, $"The order is {stage}: it does not take {eventName.ToLowerInvariant()} events now.", $"currentStage: {stage}"),
            _ => TypedResults.Accepted($"/api/orders/{id}", new { orderId = id, @event = eventName }),
        };
    }
}

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}

public sealed class PaymentBody
{
    public string? Reference { get; set; }
}

public sealed class ShipmentBody
{
    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }
}
