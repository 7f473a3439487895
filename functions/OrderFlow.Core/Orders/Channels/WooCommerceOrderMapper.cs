using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using OrderFlow.Core.Common;
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
            return new ChannelMessage.Invalid(TopicHeader, $"The {TopicHeader} header is missing.");
        }
        topic = topic.Trim();
        if (topic is not ("order.created" or "order.updated" or "order.deleted"))
        {
            return new ChannelMessage.Ignored($"WooCommerce topic '{topic}' is not handled.");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            return new ChannelMessage.Invalid(SourceHeader, $"The {SourceHeader} header is missing.");
        }
        using var document = JsonFields.TryParseObject(body, out var invalid);
        if (document is null)
        {
            return invalid!;
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
            return new ChannelMessage.Invalid("id", $"The WooCommerce {topic} payload has no order 'id'.");
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
            Customer: name is null && email is null ? null : new CustomerDetails(name, email, VatNumber(order), Language(order)),
            Currency: order.Text("currency"),
            Lines: order.Array("line_items")?.EnumerateArray().Select(item => Line(item, order)).ToList(),
            ShippingAddress: order.Object("shipping") is { } shipping ? Address(shipping) : null,
            ShippingCost: order.OptionalAmount("shipping_total", AmountDecimals),
            Paid: order.Text("date_paid") is not null || PaidStatuses.Contains(order.Text("status")),
            Charged: Charged(order),
            OrderName: order.Text("number"));
    }

    /// <summary>
    /// The company's VAT number: WooCommerce has no field of its own, and its EU VAT Number extension keeps it in the
    /// order's meta data as <c>_billing_vat_number</c> (<c>_vat_number</c> in older versions). The spaces and dots
    /// people type are dropped.
    /// </summary>
    static string? VatNumber(JsonElement order) => order.Items("meta_data")
        .Where(m => m.Text("key") is "_billing_vat_number" or "_vat_number")
        .Select(m => m.Text("value")?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).ToUpperInvariant())
        .FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>
    /// The language the customer bought in: WooCommerce keeps none itself; WPML stores it in the order's meta data as
    /// <c>wpml_language</c>, and WooCommerce Multilingual's REST answers carry it as <c>lang</c>. Null when neither
    /// names one we write in.
    /// </summary>
    static string? Language(JsonElement order) =>
        Languages.FromLocale(order.Text("lang") ?? order.Items("meta_data").FirstOrDefault(m => m.Text("key") == "wpml_language").Text("value"))?.Code();

    /// <summary>
    /// What the shop charged. The REST API's line and shipping amounts exclude tax whatever <c>prices_include_tax</c>
    /// says (it only tells how the shop entered its prices), so they are passed on as net amounts with their tax.
    /// </summary>
    static ShopCharges Charged(JsonElement order)
    {
        var shippingLines = order.Items("shipping_lines").ToList();
        return new ShopCharges(
            PricesIncludeTax: false,
            Total: order.Amount("total", AmountDecimals),
            ShippingTax: shippingLines.Count == 0 ? null : JsonFields.Sum(shippingLines.Select(l => l.Amount("total_tax", AmountDecimals) ?? "0")),
            ShippingTaxRate: shippingLines.Select(l => RateOf(l, order)).FirstOrDefault(rate => rate is not null));
    }

    static CanonicalLine Line(JsonElement item, JsonElement order) =>
        new(item.Text("sku"), item.Int("quantity"), item.Amount("price", AmountDecimals), Charged: LineCharged(item, order));

    /// <summary>A line's <c>subtotal</c> is before coupons, its <c>total</c> after them (coupons are allocated to lines).</summary>
    static ShopLineCharge LineCharged(JsonElement item, JsonElement order)
    {
        var subtotal = item.Amount("subtotal", AmountDecimals);
        var total = item.Amount("total", AmountDecimals);
        return new ShopLineCharge(
            Subtotal: subtotal,
            Discount: subtotal is null || total is null ? null : JsonFields.Sum([subtotal, "-" + total]),
            Tax: item.Amount("total_tax", AmountDecimals),
            TaxRate: RateOf(item, order));
    }

    /// <summary>
    /// The rate on a line or shipping line: its <c>taxes[]</c> name tax rates by ID, whose <c>rate_percent</c> the
    /// order's <c>tax_lines[]</c> give. Null when it was not taxed or a rate is not listed: pricing then checks the tax
    /// against the catalogue rate instead.
    /// </summary>
    static string? RateOf(JsonElement item, JsonElement order)
    {
        var ids = item.Items("taxes").Where(t => Number(t.Amount("total", AmountDecimals)) is not (null or 0m)).Select(t => t.Id("id")).ToList();
        var percents = order.Items("tax_lines")
            .Select(t => (Id: t.Id("rate_id"), Percent: Number(t.Amount("rate_percent", 4))))
            .Where(r => r.Id is not null && r.Percent is not null)
            .DistinctBy(r => r.Id)
            .ToDictionary(r => r.Id!, r => r.Percent!.Value);
        return ids.Count == 0 || ids.Any(id => id is null || !percents.ContainsKey(id))
            ? null
            : (ids.Sum(id => percents[id!]) / 100).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    static PostalAddress Address(JsonElement address) => new(
        Line1: address.Text("address_1"),
        Line2: address.Text("address_2"),
        City: address.Text("city"),
        PostalCode: address.Text("postcode"),
        Region: address.Text("state"),
        Country: address.Text("country"));
}
