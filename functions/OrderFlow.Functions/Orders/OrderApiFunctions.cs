using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

public sealed class OrderApiFunctions(DirectEntry entry, OrderBook orders)
{
    [Function("PostOrder")]
    [Description("Direct order entry in the canonical order shape; send an Idempotency-Key header to make retries safe. The Received entry of the timeline names who entered it.")]
    public async Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/orders")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CanonicalOrder>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var errors = DirectEntry.Check(body.Value);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }
        var order = body.Value!;
        if (request.Headers["Idempotency-Key"].FirstOrDefault() is { } key)
        {
            if (key.Length is 0 or > 255)
            {
                return Problems.Field("Idempotency-Key", "A key of 1–255 characters is required.");
            }
            if (!await entry.TryBindKeyAsync(key, body.Raw, order.ExternalId!, cancellationToken))
            {
                return Problems.Status(StatusCodes.Status409Conflict, "This Idempotency-Key was used with a different body.");
            }
        }
        var result = await entry.EnterAsync(durable, order, body.Raw, request.Actor(), cancellationToken);
        return IntakeAnswer(request, result);
    }

    [Function("GetOrder")]
    [Description("An order's status, lines, totals, timeline, reservations, shipments, payments, invoice and rejection reasons. Each timeline entry and payment names who made it: \"by\":{\"id\",\"name\",\"kind\"} with kind Person, Key (the key's name) or System (OrderFlow).")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/orders/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!OrderId.TryParse(id, out var orderId) || await orders.FindAsync(orderId, cancellationToken) is not { } record)
        {
            return Problems.NotFound($"Order '{id}'");
        }
        return TypedResults.Ok(OrderView.From(record));
    }

    /// <summary>202 with where to watch a new order; 200 with "duplicate": true for one already accepted.</summary>
    public static IResult IntakeAnswer(HttpRequest request, IntakeResult result)
    {
        var statusUrl = $"{request.Scheme}://{request.Host}/api/orders/{result.OrderId}";
        return result.Duplicate
            ? TypedResults.Ok(new { orderId = result.OrderId, statusUrl, duplicate = true })
            : TypedResults.Accepted(statusUrl, new { orderId = result.OrderId, statusUrl });
    }
}
