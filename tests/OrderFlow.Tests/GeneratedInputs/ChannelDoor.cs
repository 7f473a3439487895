using System.Text.Json;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// A shop webhook's answer short of storage, decided as <c>ChannelMessageHandler</c> decides it: a new order is
/// checked and, when it passes, given its ID and serialised as the workflow's input; an event is given its order's ID.
/// </summary>
public static class ChannelDoor
{
    public static DoorAnswer Answer(ChannelMessage message, string source) => message switch
    {
        ChannelMessage.NewOrder(var shop, var order) => Intake(source, shop, order),
        ChannelMessage.Paid(var shop, var externalId) => Forwarded(source, shop, externalId),
        ChannelMessage.Cancelled(var shop, var externalId) => Forwarded(source, shop, externalId),
        ChannelMessage.Ignored => new DoorAnswer(200, []),
        ChannelMessage.Invalid(var field, _) => new DoorAnswer(400, [field]),
        _ => throw new InvalidOperationException($"Unknown message {message}"),
    };

    public static DoorAnswer Intake(string source, string shop, CanonicalOrder order)
    {
        var errors = CanonicalOrderChecks.Check(order);
        if (!errors.IsEmpty)
        {
            return DoorAnswer.Refused(errors);
        }
        OrderIds.From(source, shop, order.ExternalId!);
        var stored = JsonSerializer.Serialize(order);
        Expect.That(JsonSerializer.Serialize(JsonSerializer.Deserialize<CanonicalOrder>(stored)) == stored, "the accepted order reads back as it was written");
        return DoorAnswer.Accepted;
    }

    static DoorAnswer Forwarded(string source, string shop, string externalId)
    {
        OrderIds.From(source, shop, externalId);
        return DoorAnswer.Accepted;
    }
}
