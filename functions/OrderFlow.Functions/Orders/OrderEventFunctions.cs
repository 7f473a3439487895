using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Events from people and systems into a running order, refunds after it ended, and delivery problems; the wrong stage answers 409 with
/// the current one. Each event carries the request's actor, which the order records on the timeline entries it causes.
/// </summary>
public sealed class OrderEventFunctions(OrderActions actions)
{
    public const string ReportDeliveryProblemFunction = "ReportDeliveryProblem";
    public const string ResolveDeliveryProblemFunction = "ResolveDeliveryProblem";

    [Function("CancelOrder")]
    [Description("Cancels an order before its first parcel ships, even one whose workflow has not started yet; its stock goes back. Body: {\"reason\", \"customerReason\"} (both optional, at most 500 characters each): the reason goes in the timeline, the customer reason into the customer's email and onto a credit note.")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/cancel")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<CancelBody>(request, id, StaffAction.Cancel, (orderId, body, by) => actions.CancelAsync(durable, orderId, body, by, cancellationToken), cancellationToken);

    [Function("ApproveOrder")]
    [Description("Approves an order on hold. Body: {\"reason\"} (optional).")]
    public Task<IResult> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/approve")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, StaffAction.Approve, (orderId, body, by) => actions.DecideAsync(durable, orderId, approved: true, body, by, cancellationToken), cancellationToken);

    [Function("RejectOrder")]
    [Description("Rejects an order on hold; nothing was reserved. Body: {\"reason\"} (optional).")]
    public Task<IResult> RejectAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/reject")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, StaffAction.Reject, (orderId, body, by) => actions.DecideAsync(durable, orderId, approved: false, body, by, cancellationToken), cancellationToken);

    [Function("RecordFulfilment")]
    [Description("Manual mode: the warehouse picked units. Body: {\"reference\",\"lines\":[{\"sku\",\"quantity\"}]} (optional; no lines = everything left). The reference (or Idempotency-Key) makes a repeat harmless.")]
    public Task<IResult> FulfilmentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/fulfilment")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<PickBody>(request, id, StaffAction.Pick, (orderId, body, by) => actions.PickAsync(durable, orderId, body, IdempotencyKey(request), by, cancellationToken), cancellationToken);

    [Function("RecordShipment")]
    [Description("Manual mode: a parcel went to the carrier. Body: {\"carrier\",\"trackingNumber\",\"lines\"} (no lines = everything picked and not shipped); several parcels make a split shipment.")]
    public Task<IResult> ShipmentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/shipments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ShipmentBody>(request, id, StaffAction.Ship, (orderId, body, by) => actions.ShipAsync(durable, orderId, body, by, cancellationToken), cancellationToken);

    [Function("RecordDelivery")]
    [Description("Manual mode: the carrier delivered a parcel. Body: {\"trackingNumber\"} (optional; none = every parcel).")]
    public Task<IResult> DeliveryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/delivery")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<DeliveryBody>(request, id, StaffAction.Deliver, (orderId, body, by) => actions.DeliverAsync(durable, orderId, body, by, cancellationToken), cancellationToken);

    [Function("RecordPayment")]
    [Description("The customer paid, once the order is validated. Body: {\"reference\",\"amount\"} (optional; no amount = the whole balance, and never more than it). The reference (or Idempotency-Key, at most 100 characters) makes a repeat harmless.")]
    public Task<IResult> PaymentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/payments")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<PaymentBody>(request, id, StaffAction.Pay, (orderId, body, by) => actions.PayAsync(durable, orderId, body, IdempotencyKey(request), by, cancellationToken), cancellationToken);

    [Function("RecordRefund")]
    [Description("Finance paid back the refund an order owes (\"attention\" and the RefundDue entry of GET /orders/{id}): recorded with its amount and who recorded it, and the order leaves the work queue. Body: {\"reference\"}, the refund's bank or card reference (or an Idempotency-Key, at most 100 characters); the same reference again changes nothing. 409 when the order owes no refund. Answers 200 {\"orderId\"}.")]
    public Task<IResult> RefundAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/refunds")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        SendAsync<RefundBody>(request, id, StaffAction.Refund, (orderId, body, by) => actions.RefundAsync(orderId, body, IdempotencyKey(request), by, cancellationToken), cancellationToken);

    [Function(ReportDeliveryProblemFunction)]
    [Description("A carrier (with the host key) or operations report a delivery problem with a parcel shipped and not yet delivered: a failed attempt, damage, loss, an address problem. The order is flagged for attention (\"attention\" in GET /orders/{id}, the work queue) and operations are emailed, until the parcel is delivered or the problem is resolved. Body: {\"trackingNumber\",\"problem\"} (both required; the problem at most 500 characters); the same report again changes nothing. 400 naming trackingNumber when no parcel of the order has it; 409 when the parcel is delivered or nothing is in transit. Answers 200 {\"orderId\"}.")]
    public Task<IResult> ReportDeliveryProblemAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/delivery-problems")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        SendAsync<DeliveryProblemBody>(request, id, StaffAction.ReportDeliveryProblem, (orderId, body, by) => actions.ReportDeliveryProblemAsync(orderId, body, by, cancellationToken), cancellationToken);

    [Function(ResolveDeliveryProblemFunction)]
    [Description("Operations dealt with the delivery problems open on an order (a redelivery booked, a replacement sent): the note goes on the timeline with who wrote it, and the flag is cleared. Body: {\"note\"} (required, at most 500 characters); the same note again changes nothing. 409 when no delivery problem is open. Answers 200 {\"orderId\"}.")]
    public Task<IResult> ResolveDeliveryProblemAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/delivery-problems/resolve")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        SendAsync<ResolveDeliveryProblemBody>(request, id, StaffAction.ResolveDeliveryProblem, (orderId, body, by) => actions.ResolveDeliveryProblemAsync(orderId, body, by, cancellationToken), cancellationToken);

    [Function("RetryOrderStep")]
    [Description("Runs again the step that flagged an order for attention (see \"attention\" in GET /orders/{id}), once its cause is fixed.")]
    public Task<IResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders/{id}/retry")] HttpRequest request, string id, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        SendAsync<ReasonInput>(request, id, StaffAction.Retry, (orderId, _, by) => actions.RetryAsync(durable, orderId, by, cancellationToken), cancellationToken);

    static string? IdempotencyKey(HttpRequest request) => request.Headers["Idempotency-Key"].FirstOrDefault();

    static async Task<IResult> SendAsync<T>(
        HttpRequest request, string id, StaffAction action, Func<OrderId, T, Actor, Task<EventOutcome>> send, CancellationToken cancellationToken)
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
        var outcome = await send(orderId, input, request.Actor());
        return outcome switch
        {
            { Found: false } => Problems.NotFound($"Order '{id}'"),
            { ConflictingStage: { } stage } => Problems.Status(
                StatusCodes.Status409Conflict, outcome.Why ?? $"The order is {stage}.", $"currentStage: {stage}"),
            { Errors: { } errors } => Problems.Validation(errors),
            // A refund or delivery problem is recorded on the order by now; the other actions are on their way to its workflow.
            _ when action.AppliesToOrder() => TypedResults.Ok(new { orderId = id }),
            _ => TypedResults.Accepted($"/api/orders/{id}", new { orderId = id, @event = action.EventName() }),
        };
    }
}
