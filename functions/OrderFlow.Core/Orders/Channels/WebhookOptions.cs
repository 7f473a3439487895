namespace OrderFlow.Core.Orders.Channels;

/// <summary>Section "OrderFlow:Webhooks": one shared secret per channel, as the shop's webhook settings show it.</summary>
public sealed class WebhookOptions
{
    public const string Section = "OrderFlow:Webhooks";

    public ChannelSecret Shopify { get; set; } = new();

    public ChannelSecret WooCommerce { get; set; } = new();

    public ChannelSecret Generic { get; set; } = new();
}

public sealed class ChannelSecret
{
    public string? Secret { get; set; }
}
