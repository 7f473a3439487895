using System.Text.Json;
using OrderFlow.Core.Common;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Reads a Shopify order webhook (the Order resource as JSON, <c>X-Shopify-Topic</c> and
/// <c>X-Shopify-Shop-Domain</c>) into a <see cref="ChannelMessage"/>. Pure: no I/O, no clock.
/// </summary>
public static class ShopifyOrderMapper
{
    public const string TopicHeader = "X-Shopify-Topic";
    public const string ShopHeader = "X-Shopify-Shop-Domain";

    public static ChannelMessage Map(string? topic, string? shopDomain, ReadOnlyMemory<byte> body)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return new ChannelMessage.Invalid(TopicHeader, $"The {TopicHeader} header is missing.");
        }
        topic = topic.Trim();
        if (topic is not ("orders/create" or "orders/paid" or "orders/cancelled"))
        {
            return new ChannelMessage.Ignored($"Shopify topic '{topic}' is not handled.");
        }
        if (string.IsNullOrWhiteSpace(shopDomain))
        {
            return new ChannelMessage.Invalid(ShopHeader, $"The {ShopHeader} header is missing.");
        }
        using var document = JsonFields.TryParseObject(body, out var invalid);
        if (document is null)
        {
            return invalid!;
        }
        var shop = shopDomain.Trim();
        var order = document.RootElement;
        if (topic == "orders/create")
        {
            return new ChannelMessage.NewOrder(shop, ToCanonical(order));
        }
        // Paid and cancelled are about an order we already know, so without its ID there is nothing to act on.
        if (order.Id("id") is not { } externalId)
        {
            return new ChannelMessage.Invalid("id", $"The Shopify {topic} payload has no order 'id'.");
        }
        var paid = topic == "orders/paid";
        if ((paid ? TopicAgreement.ShopifyPaid(order) : TopicAgreement.ShopifyCancelled(order)) is { } why)
        {
            return new ChannelMessage.Ignored($"Shopify {topic} for order {externalId} ignored: {why}");
        }
        return paid ? new ChannelMessage.Paid(shop, externalId) : new ChannelMessage.Cancelled(shop, externalId);
    }

    static CanonicalOrder ToCanonical(JsonElement order) => new(
        ExternalId: order.Id("id"),
        CustomerId: null,
        Customer: Customer(order),
        Currency: order.Text("currency"),
        Lines: order.Array("line_items")?.EnumerateArray().Select(Line).ToList(),
        ShippingAddress: order.Object("shipping_address") is { } address ? Address(address) : null,
        ShippingCost: ShippingCost(order),
        Paid: order.Text("financial_status") == "paid",
        Charged: Charged(order),
        OrderName: order.Text("name"));

    /// <summary>
    /// What the shop charged: <c>total_price</c> (the original total; later edits arrive as other topics),
    /// <c>taxes_included</c>, and the tax on the shipping lines. Shipping tax lines of one shipping line add their
    /// rates (a state and a county tax), so the rate is the first taxed shipping line's sum.
    /// </summary>
    static ShopCharges Charged(JsonElement order)
    {
        var shippingLines = order.Items("shipping_lines").ToList();
        var taxLines = shippingLines.SelectMany(l => l.Items("tax_lines")).ToList();
        var firstTaxed = shippingLines.Select(l => l.Items("tax_lines").ToList()).FirstOrDefault(t => t.Count > 0);
        return new ShopCharges(
            PricesIncludeTax: order.TryGetProperty("taxes_included", out var included) && included.ValueKind == JsonValueKind.True,
            Total: order.Amount("total_price", decimals: 2),
            ShippingTax: taxLines.Count == 0 ? null : JsonFields.Sum(taxLines.Select(t => t.Amount("price", decimals: 2))),
            ShippingTaxRate: firstTaxed is null ? null : JsonFields.Sum(firstTaxed.Select(t => t.Amount("rate", decimals: 4))));
    }

    static CustomerDetails? Customer(JsonElement order)
    {
        var customer = order.Object("customer");
        var name = customer?.FullName("first_name", "last_name") ?? order.Object("shipping_address")?.Text("name");
        var email = order.Text("email") ?? customer?.Text("email");
        // customer_locale is the checkout's language ("de", "de-DE"); one we do not write in leaves the customer's own.
        var language = Languages.FromLocale(order.Text("customer_locale"))?.Code();
        return name is null && email is null ? null : new CustomerDetails(name, email, Language: language);
    }

    // Shopify sends prices as decimal strings in the shop's currency ("24.50"); they are passed on unchanged.
    static CanonicalLine Line(JsonElement item) =>
        new(item.Text("sku"), item.Int("quantity"), item.Amount("price", decimals: 2), Charged: LineCharged(item));

    /// <summary>
    /// The line as charged: price × quantity before discounts; <c>discount_allocations</c> hold every discount on the
    /// line, order-level codes allocated to it included; <c>tax_lines</c> its tax and rates, when the shop taxed it.
    /// </summary>
    static ShopLineCharge LineCharged(JsonElement item)
    {
        var taxLines = item.Items("tax_lines").ToList();
        return new ShopLineCharge(
            Subtotal: JsonFields.Times(item.Amount("price", decimals: 2), item.Int("quantity")),
            Discount: JsonFields.Sum(item.Items("discount_allocations").Select(d => d.Amount("amount", decimals: 2))),
            Tax: taxLines.Count == 0 ? null : JsonFields.Sum(taxLines.Select(t => t.Amount("price", decimals: 2))),
            TaxRate: taxLines.Count == 0 ? null : JsonFields.Sum(taxLines.Select(t => t.Amount("rate", decimals: 4))));
    }

    static PostalAddress Address(JsonElement address) => new(
        Line1: address.Text("address1"),
        Line2: address.Text("address2"),
        City: address.Text("city"),
        PostalCode: address.Text("zip"),
        Region: address.Text("province_code") ?? address.Text("province"),
        Country: address.Text("country_code"));

    /// <summary>
    /// The sum of all shipping lines after their discounts (<c>discounted_price</c>, else <c>price</c>), "0.00" when
    /// there are none; <see cref="JsonFields.Unreadable"/> when a price cannot be read.
    /// </summary>
    static string ShippingCost(JsonElement order)
    {
        if (!order.TryGetProperty("shipping_lines", out var lines) || lines.ValueKind == JsonValueKind.Null)
        {
            return "0.00";
        }
        if (lines.ValueKind != JsonValueKind.Array)
        {
            return JsonFields.Unreadable;
        }
        return lines.GetArrayLength() == 0
            ? "0.00"
            : JsonFields.Sum(lines.EnumerateArray().Select(l => l.Amount("discounted_price", decimals: 2) ?? l.Amount("price", decimals: 2)));
    }
}
