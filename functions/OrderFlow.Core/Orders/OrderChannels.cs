namespace OrderFlow.Core.Orders;

/// <summary>
/// The channels an order arrives by, as its <see cref="OrderRecord.Source"/> names them, with the shop name intake
/// gives the channels that have one shop (the order's ID derives from channel, shop and external ID: <see cref="OrderIds"/>).
/// </summary>
public static class OrderChannels
{
    public const string Shopify = "shopify";
    public const string WooCommerce = "woocommerce";
    public const string Webhook = "webhook";
    public const string Api = "api";
    public const string Queue = "queue";
    public const string Imported = Import.ImportedOrder.Channel;

    /// <summary>The one shop of the generic webhook, of direct entry through the API, and of the intake queue.</summary>
    public const string WebhookShop = "generic";
    public const string ApiShop = "direct";
    public const string QueueShop = "intake";

    /// <summary>Each channel with its name for people, in the order a list of filters offers them.</summary>
    public static IReadOnlyList<(string Name, string Label)> All { get; } =
    [
        (Shopify, "Shopify"),
        (WooCommerce, "WooCommerce"),
        (Webhook, "Webhook"),
        (Api, "API and direct entry"),
        (Queue, "Queue"),
        (Imported, "Import"),
    ];

    public static bool IsKnown(string? name) => All.Any(c => c.Name == name);

    /// <summary>The channel's name for people; an unknown one as stored.</summary>
    public static string Label(string name) => All.FirstOrDefault(c => c.Name == name).Label ?? name;

    public static string Rule { get; } = $"One of: {string.Join(", ", All.Select(c => c.Name))}.";
}
