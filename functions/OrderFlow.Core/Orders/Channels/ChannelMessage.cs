using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// What one shop webhook asks of us, once its channel-specific JSON is read. A closed set, so the HTTP layer can
/// switch over it: <c>message switch { ChannelMessage.NewOrder n => ..., ChannelMessage.Invalid i => ... }</c>.
/// <c>Shop</c> is the channel's identity of the store (Shopify shop domain, WooCommerce site URL); together with
/// the channel and the external ID it names the order.
/// </summary>
public abstract record ChannelMessage
{
    // Private: the kinds below are the only ones, which keeps switches over them complete.
    ChannelMessage()
    {
    }

    /// <summary>A new order; its fields are as the shop sent them and still need validating.</summary>
    public sealed record NewOrder(string Shop, CanonicalOrder Order) : ChannelMessage;

    /// <summary>The shop reports the order as paid.</summary>
    public sealed record Paid(string Shop, string ExternalId) : ChannelMessage;

    /// <summary>The shop cancelled (or deleted) the order.</summary>
    public sealed record Cancelled(string Shop, string ExternalId) : ChannelMessage;

    /// <summary>A well-formed webhook we do not act on, e.g. another topic; answer 200 so the shop stops retrying.</summary>
    public sealed record Ignored(string Reason) : ChannelMessage;

    /// <summary>
    /// The request cannot be read: <paramref name="Field"/> is what is wrong (a header's name, "$" for a body that is not
    /// a JSON object, "id" for a missing order ID), and the reason says how.
    /// </summary>
    public sealed record Invalid(string Field, string Reason) : ChannelMessage;
}
