namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Section "OrderFlow:Webhooks": one shared secret per channel, as the shop's webhook settings show it (and, while it
/// is being rotated, the one it replaces), and beside each shop channel's secret the shops allowed to use it
/// (comma-separated). Validated at start-up: a channel with a secret and no list would let anyone holding the secret
/// open orders under any shop name.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "OrderFlow:Webhooks";

    public ShopifyWebhook Shopify { get; set; } = new();

    public WooCommerceWebhook WooCommerce { get; set; } = new();

    public ChannelSecret Generic { get; set; } = new();

    public bool ShopListsAreValid => Shopify.ShopListIsValid && WooCommerce.ShopListIsValid;

    public const string ShopListsRequired =
        $"{Section}:Shopify:ShopDomains and {Section}:WooCommerce:Sources (comma-separated) are required beside their channel's secret.";
}

public class ChannelSecret
{
    public string? Secret { get; set; }

    /// <summary>The secret being replaced: still accepted until the shop signs with the new one everywhere.</summary>
    public string? PreviousSecret { get; set; }

    /// <summary>The secrets a signature may be made with: the current one, then the previous one while rotating.</summary>
    public IEnumerable<string> AcceptedSecrets() => new[] { Secret, PreviousSecret }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);
}

/// <summary>A shop channel: its secret and the shops that may send with it.</summary>
public abstract class ShopChannel : ChannelSecret
{
    protected abstract string? ShopSetting { get; }

    public ShopList AllowedShops => ShopList.Parse(ShopSetting);

    internal bool ShopListIsValid => string.IsNullOrEmpty(Secret) || !AllowedShops.IsEmpty;
}

public sealed class ShopifyWebhook : ShopChannel
{
    /// <summary>Shop domains as <c>X-Shopify-Shop-Domain</c> sends them, such as "ceramics.myshopify.com".</summary>
    public string? ShopDomains { get; set; }

    protected override string? ShopSetting => ShopDomains;
}

public sealed class WooCommerceWebhook : ShopChannel
{
    /// <summary>Site URLs as <c>X-WC-Webhook-Source</c> sends them, such as "https://shop.example.com/".</summary>
    public string? Sources { get; set; }

    protected override string? ShopSetting => Sources;
}
