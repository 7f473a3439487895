using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Events;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>What a verified channel message does: a new order goes to intake; paid and cancelled go to the order.</summary>
public sealed class ChannelMessageHandler(OrderIntake intake, OrderEventRelay events, WebhookDeliveries deliveries)
{
    /// <summary>
    /// Handles a shop's delivery unless one from the same shop with the same delivery ID was answered with success
    /// within the last week: that one is answered 200 <c>{"duplicate": true}</c> and changes nothing. Without an ID,
    /// it is handled.
    /// </summary>
    public async Task<IResult> HandleOnceAsync(
        HttpRequest request, DurableTaskClient durable, string source, string shop, string? deliveryId, ChannelMessage message, byte[] raw, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(deliveryId))
        {
            return await HandleAsync(request, durable, source, message, raw, cancellationToken);
        }
        if (await deliveries.SeenAsync(source, shop, deliveryId, cancellationToken))
        {
            return TypedResults.Ok(new { duplicate = true });
        }
        var answer = await HandleAsync(request, durable, source, message, raw, cancellationToken);
        if (answer is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
        {
            await deliveries.RecordAsync(source, shop, deliveryId, cancellationToken);
        }
        return answer;
    }

    public async Task<IResult> HandleAsync(
        HttpRequest request, DurableTaskClient durable, string source, ChannelMessage message, byte[] raw, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case ChannelMessage.NewOrder(var shop, var order):
                var errors = CanonicalOrderChecks.Check(order);
                if (!errors.IsEmpty)
                {
                    return Problems.Validation(errors);
                }
                return OrderApiFunctions.IntakeAnswer(request, await intake.AcceptAsync(durable, source, shop, order, raw, enteredBy: null, cancellationToken));
            case ChannelMessage.Paid(var shop, var externalId):
                var paidId = OrderIds.From(source, shop, externalId);
                return await events.ShopPaidAsync(durable, paidId, source, cancellationToken) is { } ignored
                    ? TypedResults.Ok(new { ignored })
                    : Forwarded(paidId, OrderEvents.Payment);
            case ChannelMessage.Cancelled(var shop, var externalId):
                return await ForwardAsync(durable, OrderIds.From(source, shop, externalId), OrderEvents.Cancel, new CancelRequest($"cancelled in {source}"), cancellationToken);
            case ChannelMessage.Ignored(var reason):
                return TypedResults.Ok(new { ignored = reason });
            case ChannelMessage.Invalid(var field, var reason):
                return Problems.Field(field, reason);
            default:
                throw new InvalidOperationException($"Unknown channel message {message.GetType().Name}.");
        }
    }

    async Task<IResult> ForwardAsync(DurableTaskClient durable, OrderId orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        await events.KeepOrRaiseAsync(durable, orderId, eventName, payload, cancellationToken);
        return Forwarded(orderId, eventName);
    }

    static Accepted<ForwardedEvent> Forwarded(OrderId orderId, string eventName) =>
        TypedResults.Accepted($"/api/orders/{orderId.Value}", new ForwardedEvent(orderId.Value, eventName));

    /// <summary>The answer to a channel event sent or kept for its order.</summary>
    public sealed record ForwardedEvent(string OrderId, string Event);
}
