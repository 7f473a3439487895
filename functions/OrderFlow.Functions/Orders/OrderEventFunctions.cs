using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Events from people and systems into a running order; the wrong stage answers 409 with the current one. Each event
/// carries the request's actor, which the order records on the timeline entries it causes.
/// </summary>
public sealed class OrderEventFunctions(OrderEventRelay relay)
{
    [Function("CancelOrder")]
    [Description("Cancels an order before its first parcel ships, even one whose workflow has not started yet; its stock goes back. Body: {\"reason\", \"customerReason\"} (both optional, at most 500 characters each): the reason goes in the timeline, the customer reason into the customer's email and onto a credit note.")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/cancel")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<CancelBody>(request, id, durable, OrderEvents.Cancel, (input, _, by) => OrderEventBodies.Cancel(input, by), cancellationToken);

    [Function("ApproveOrder")]
    [Description("Approves an order on hold. Body: {\"reason\"} (optional).")]
    public Task<IResult> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/approve")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Approval, (input, _, by) => OrderEventBodies.Approval(input, approved: true, by), cancellationToken);

    [Function("RejectOrder")]
    [Description("Rejects an order on hold; nothing was reserved. Body: {\"reason\"} (optional).")]
    public Task<IResult> RejectAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/reject")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Approval, (input, _, by) => OrderEventBodies.Approval(input, approved: false, by), cancellationToken);

    [Function("RecordFulfilment")]
    [Description("Manual mode: the warehouse picked units. Body: {\"reference\",\"lines\":[{\"sku\",\"quantity\"}]} (optional; no lines = everything left). The reference (or Idempotency-Key) makes a repeat harmless.")]
    public Task<IResult> FulfilmentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/fulfilment")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<PickBody>(request, id, durable, OrderEvents.Fulfilment, (body, order, by) => OrderEventBodies.Pick(body, order, IdempotencyKey(request), by), cancellationToken);

    [Function("RecordShipment")]
    [Description("Manual mode: a parcel went to the carrier. Body: {\"carrier\",\"trackingNumber\",\"lines\"} (no lines = everything picked and not shipped); several parcels make a split shipment.")]
    public Task<IResult> ShipmentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/shipments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ShipmentBody>(request, id, durable, OrderEvents.Shipment, OrderEventBodies.Parcel, cancellationToken);

    [Function("RecordDelivery")]
    [Description("Manual mode: the carrier delivered a parcel. Body: {\"trackingNumber\"} (optional; none = every parcel).")]
    public Task<IResult> DeliveryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/delivery")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<DeliveryBody>(request, id, durable, OrderEvents.Delivery, OrderEventBodies.Delivery, cancellationToken);

    [Function("RecordPayment")]
    [Description("The customer paid, once the order is validated. Body: {\"reference\",\"amount\"} (optional; no amount = the whole balance, and never more than it). The reference (or Idempotency-Key, at most 100 characters) makes a repeat harmless.")]
    public Task<IResult> PaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/payments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<PaymentBody>(request, id, durable, OrderEvents.Payment, (body, order, by) => OrderEventBodies.Payment(body, order, IdempotencyKey(request), by), cancellationToken);

    [Function("RetryOrderStep")]
    [Description("Runs again the step that flagged an order for attention (see \"attention\" in GET /orders/{id}), once its cause is fixed.")]
    public Task<IResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/retry")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, durable, OrderEvents.Retry, (_, order, by) => OrderEventBodies.Retry(order, by), cancellationToken);

    static string? IdempotencyKey(HttpRequest request) => request.Headers["Idempotency-Key"].FirstOrDefault();

    async Task<IResult> SendAsync<T>(
        HttpRequest request, string id, DurableTaskClient durable, string eventName, Func<T, OrderRecord, Actor, EventPayload> payload, CancellationToken cancellationToken)
        where T : class, new()
    {
        if (!OrderId.TryParse(id, out var orderId))
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
        var by = request.Actor();
        var outcome = await relay.SendAsync(durable, orderId, eventName, order => payload(input, order, by), cancellationToken);
        return outcome switch
        {
            { Found: false } => Problems.NotFound($"Order '{id}'"),
            { ConflictingStage: { } stage } => Problems.Status(
                StatusCodes.Status409Conflict, outcome.Why ?? $"The order is {stage}.", $"currentStage: {stage}"),
            { Errors: { } errors } => Problems.Validation(errors),
            _ => TypedResults.Accepted($"/api/orders/{id}", new { orderId = id, @event = eventName }),
        };
    }
}
