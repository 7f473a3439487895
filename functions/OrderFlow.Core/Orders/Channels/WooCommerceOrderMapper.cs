using System.Net.Http.Headers;
using System.Text.Json;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Reads a WooCommerce order webhook (the REST API order as JSON, <c>X-WC-Webhook-Topic</c> and
/// <c>X-WC-Webhook-Source</c>) into a <see cref="ChannelMessage"/>. Pure: no I/O, no clock.
/// </summary>
public static class WooCommerceOrderMapper
{
    public const string TopicHeader = "X-WC-Webhook-Topic";
    public const string SourceHeader = "X-WC-Webhook-Source";

    // Line prices come as JSON numbers, sometimes unrounded quotients (total / quantity); they are written with the
    // two decimals most currencies use. A currency with another exponent (JPY, KWD) is for validation to catch.
    const int AmountDecimals = 2;

    // The statuses WooCommerce itself counts as paid (it stamps date_paid on entering them).
    internal static readonly string[] PaidStatuses = ["processing", "completed"];

    public static ChannelMessage Map(string? topic, string? source, ReadOnlyMemory<byte> body)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return new ChannelMessage.Invalid($"The {TopicHeader} header is missing.");
        }
        topic = topic.Trim();
        if (topic is not ("order.created" or "order.updated" or "order.deleted"))
        {
            return new ChannelMessage.Ignored($"WooCommerce topic '{topic}' is not handled.");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            return new ChannelMessage.Invalid($"The {SourceHeader} header is missing.");
        }
        using var document = JsonFields.TryParseObject(body, out var problem);
        if (document is null)
        {
            return new ChannelMessage.Invalid(problem!);
        }
        // The site URL comes with or without a trailing slash depending on the site's settings; one shop, one name.
        var shop = ShopList.Normalize(source);
        var order = document.RootElement;
        if (topic == "order.created")
        {
            return new ChannelMessage.NewOrder(shop, ToCanonical(order));
        }
        if (order.Id("id") is not { } externalId)
        {
            return new ChannelMessage.Invalid($"The WooCommerce {topic} payload has no order 'id'.");
        }
        if (topic == "order.deleted")
        {
            return TopicAgreement.WooCommerceDeleted(order) is { } why ? Disagrees(topic, externalId, why) : new ChannelMessage.Cancelled(shop, externalId);
        }
        return Updated(order, shop, externalId, topic);
    }

    /// <summary>
    /// True for the post WooCommerce sends when a webhook is saved (<c>webhook_id=12</c>): it is neither an order nor
    /// signed, and the webhook only stays active if it is answered with 200. WordPress posts it form-encoded or,
    /// depending on its HTTP transport, without a content type; either is accepted, nothing else.
    /// </summary>
    public static bool IsPing(string? contentType, ReadOnlySpan<byte> body)
    {
        if (!string.IsNullOrWhiteSpace(contentType)
            && !(MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
                && string.Equals(mediaType.MediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        ReadOnlySpan<byte> prefix = "webhook_id="u8;
        var id = body.Trim((byte)' ');
        return id.StartsWith(prefix) && id.Length > prefix.Length && !id[prefix.Length..].ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }

    // order.updated fires on every edit; only a cancellation or a payment concerns us. Repeats are expected.
    static ChannelMessage Updated(JsonElement order, string shop, string externalId, string topic)
    {
        if (order.Text("status") == "cancelled")
        {
            return new ChannelMessage.Cancelled(shop, externalId);
        }
        if (order.Text("date_paid") is null)
        {
            return new ChannelMessage.Ignored($"WooCommerce {topic} for order {externalId} is neither a payment nor a cancellation.");
        }
        return TopicAgreement.WooCommercePaid(order) is { } why ? Disagrees(topic, externalId, why) : new ChannelMessage.Paid(shop, externalId);
    }

    static ChannelMessage.Ignored Disagrees(string topic, string externalId, string why) => new($"WooCommerce {topic} for order {externalId} ignored: {why}");

    static CanonicalOrder ToCanonical(JsonElement order)
    {
        var billing = order.Object("billing");
        var name = billing?.FullName("first_name", "last_name");
        var email = billing?.Text("email");
        return new CanonicalOrder(
            ExternalId: order.Id("id"),
            CustomerId: null,
            Customer: name is null && email is null ? null : new CustomerDetails(name, email),
            Currency: order.Text("currency"),
            Lines: order.Array("line_items")?.EnumerateArray().Select(Line).ToList(),
            ShippingAddress: order.Object("shipping") is { } shipping ? Address(shipping) : null,
            ShippingCost: order.OptionalAmount("shipping_total", AmountDecimals),
            Paid: order.Text("date_paid") is not null || PaidStatuses.Contains(order.Text("status")));
    }

    static CanonicalLine Line(JsonElement item) =>
        new(item.Text("sku"), item.Int("quantity"), item.Amount("price", AmountDecimals));

    static PostalAddress Address(JsonElement address) => new(
        Line1: address.Text("address_1"),
        Line2: address.Text("address_2"),
        City: address.Text("city"),
        PostalCode: address.Text("postcode"),
        Region: address.Text("state"),
        Country: address.Text("country"));
}
