namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// The shops a channel accepts, from a comma-separated setting. Names compare as the mappers name shops: trimmed,
/// without a trailing slash (WooCommerce sends its site URL either way) and ignoring case (domains have none).
/// </summary>
public sealed class ShopList
{
    readonly HashSet<string> shops;

    ShopList(IEnumerable<string> shops) => this.shops = new HashSet<string>(shops, StringComparer.OrdinalIgnoreCase);

    public static ShopList Parse(string? setting) =>
        new((setting ?? "").Split(',').Select(Normalize).Where(shop => shop.Length > 0));

    public bool IsEmpty => shops.Count == 0;

    /// <summary>Each shop's name, as the mappers name it (a method: settings binding reads properties as settings).</summary>
    public IEnumerable<string> Names() => shops;

    public bool Contains(string? shop) => shop is not null && shops.Contains(Normalize(shop));

    /// <summary>One shop, one name: what the mappers keep as an order's shop.</summary>
    public static string Normalize(string shop) => shop.Trim().TrimEnd('/');
}
