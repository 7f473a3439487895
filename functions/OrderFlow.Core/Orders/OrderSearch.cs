using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Finds orders by what a person has to hand: the order's ID, or the shop's (external) order ID. No lookup table is
/// needed: an order's ID derives from (channel, shop, external ID) (<see cref="OrderIds"/>, which is how intake drops
/// duplicate deliveries), so each channel and shop this app accepts gives one candidate ID, read directly. Imported
/// orders come from systems the app does not list, so they are found by their order ID.
/// </summary>
public sealed class OrderSearch(OrderBook orders, IOptions<WebhookOptions> webhooks)
{
    /// <summary>The orders whose ID or external ID is <paramref name="text"/> (an external ID may repeat across shops).</summary>
    public async Task<IReadOnlyList<OrderRecord>> FindAsync(string text, CancellationToken cancellationToken)
    {
        var id = text.Trim();
        if (OrderId.TryParse(id, out var orderId) && await orders.FindAsync(orderId, cancellationToken) is { } order)
        {
            return [order];
        }
        return id.Length == 0 ? [] : await orders.FindManyAsync([.. Candidates(id)], cancellationToken);
    }

    IEnumerable<OrderId> Candidates(string externalId)
    {
        var options = webhooks.Value;
        var shops = new[] { (OrderChannels.Api, OrderChannels.ApiShop), (OrderChannels.Webhook, OrderChannels.WebhookShop), (OrderChannels.Queue, OrderChannels.QueueShop) }
            .Concat(options.Shopify.AllowedShops.Names().Select(shop => (OrderChannels.Shopify, shop)))
            .Concat(options.WooCommerce.AllowedShops.Names().Select(shop => (OrderChannels.WooCommerce, shop)));
        return shops.Select(s => OrderIds.From(s.Item1, s.Item2, externalId)).Distinct();
    }
}
