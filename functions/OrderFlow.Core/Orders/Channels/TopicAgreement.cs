using System.Globalization;
using System.Text.Json;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Whether a shop webhook's body bears out its topic header. The signature covers the body alone, so a captured body
/// can be sent again under another topic ("orders/create" re-sent as "orders/paid"); a body that does not say what its
/// topic says is ignored. Each rule answers why it disagrees, or null when it agrees.
/// </summary>
static class TopicAgreement
{
    static readonly string[] ShopifyPaidStatuses = ["paid", "partially_paid"];

    public static string? ShopifyPaid(JsonElement order) =>
        !ShopifyPaidStatuses.Contains(order.Text("financial_status")) ? $"The body's financial_status is '{order.Text("financial_status")}', not paid."
        : !HasAmount(order, "total_price") ? "The body names no total_price." : null;

    public static string? ShopifyCancelled(JsonElement order) =>
        order.Text("cancelled_at") is null ? "The body has no cancelled_at: the order is not cancelled." : null;

    public static string? WooCommercePaid(JsonElement order) =>
        !WooCommerceOrderMapper.PaidStatuses.Contains(order.Text("status")) ? $"The body's status is '{order.Text("status")}', not paid."
        : !HasAmount(order, "total") ? "The body names no total." : null;

    /// <summary>
    /// WooCommerce sends a deletion as the order's ID alone; a body with a live order's status (a captured
    /// order.created, say) is no deletion.
    /// </summary>
    public static string? WooCommerceDeleted(JsonElement order) =>
        order.Text("status") is { } status and not ("cancelled" or "trash") ? $"The body's status is '{status}': the order is not deleted." : null;

    static bool HasAmount(JsonElement order, string name) =>
        order.Amount(name, decimals: 2) is { } text
        && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
