using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Channels;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Order webhooks from shops. The signature is checked over the raw bytes before anything is parsed or stored;
/// a bad or missing one, or a shop not on the channel's list, is a bare 401.
/// </summary>
public sealed class WebhookFunctions(ChannelMessageHandler handler, IOptions<WebhookOptions> options, OrderFlowSignature genericSignature)
{
    [Function("ShopifyWebhook")]
    [Description("Shopify orders/create, orders/paid and orders/cancelled, signed with X-Shopify-Hmac-Sha256.")]
    public async Task<IResult> ShopifyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/shopify")] HttpRequest request, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var shopify = options.Value.Shopify;
        var (raw, refused) = await ReadSignedAsync(request, BodyHmacSignature.Shopify, shopify, cancellationToken);
        if (refused is not null || !FromAllowedShop(request, shopify, ShopifyOrderMapper.ShopHeader))
        {
            return refused ?? TypedResults.Unauthorized();
        }
        var message = ShopifyOrderMapper.Map(Header(request, ShopifyOrderMapper.TopicHeader), Header(request, ShopifyOrderMapper.ShopHeader), raw);
        return await handler.HandleOnceAsync(
            request, durable, OrderChannels.Shopify, Header(request, ShopifyOrderMapper.ShopHeader)!, Header(request, WebhookDeliveries.ShopifyHeader), message, raw, cancellationToken);
    }

    [Function("WooCommerceWebhook")]
    [Description("WooCommerce order.created, order.updated and order.deleted, signed with X-WC-Webhook-Signature; answers the creation ping.")]
    public async Task<IResult> WooCommerceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/woocommerce")] HttpRequest request, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        // WooCommerce sends an unsigned "webhook_id=..." when a webhook is created and expects a 200.
        var wooCommerce = options.Value.WooCommerce;
        var (raw, refused) = await ReadSignedAsync(request, BodyHmacSignature.WooCommerce, wooCommerce, cancellationToken,
            unsigned => WooCommerceOrderMapper.IsPing(request.ContentType, unsigned) ? TypedResults.Ok(new { ping = true }) : null);
        if (refused is not null || !FromAllowedShop(request, wooCommerce, WooCommerceOrderMapper.SourceHeader))
        {
            return refused ?? TypedResults.Unauthorized();
        }
        var message = WooCommerceOrderMapper.Map(Header(request, WooCommerceOrderMapper.TopicHeader), Header(request, WooCommerceOrderMapper.SourceHeader), raw);
        return await handler.HandleOnceAsync(
            request, durable, OrderChannels.WooCommerce, Header(request, WooCommerceOrderMapper.SourceHeader)!, Header(request, WebhookDeliveries.WooCommerceHeader), message, raw, cancellationToken);
    }

    [Function("GenericOrderWebhook")]
    [Description("A canonical order from any system, signed with OrderFlow-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">.")]
    public async Task<IResult> GenericAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/orders")] HttpRequest request, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var (raw, refused) = await ReadSignedAsync(request, genericSignature, options.Value.Generic, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        CanonicalOrder? order;
        try
        {
            order = JsonSerializer.Deserialize<CanonicalOrder>(raw, JsonBody.Options);
        }
        catch (JsonException ex)
        {
            return Problems.Field(ex.Path is { Length: > 0 } path ? path : "$", "The body is not a valid canonical order.");
        }
        return await handler.HandleAsync(request, durable, OrderChannels.Webhook, new ChannelMessage.NewOrder(OrderChannels.WebhookShop, order!), raw, cancellationToken);
    }

    /// <summary>
    /// The raw body if its signature holds under one of the channel's secrets; otherwise the answer: 413 when too
    /// large, a bare 401 when unsigned or wrongly signed, or what <paramref name="beforeSignature"/> answers for a body
    /// that needs no signature.
    /// </summary>
    static async Task<(byte[] Raw, IResult? Refused)> ReadSignedAsync(
        HttpRequest request, IWebhookSignature signature, ChannelSecret channel, CancellationToken cancellationToken, Func<byte[], IResult?>? beforeSignature = null)
    {
        if (await JsonBody.RawAsync(request, cancellationToken) is not { } raw)
        {
            return ([], Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The body is over {JsonBody.MaxBytes / 1024} KiB."));
        }
        if (beforeSignature?.Invoke(raw) is { } early)
        {
            return ([], early);
        }
        var header = Header(request, signature.HeaderName);
        return channel.AcceptedSecrets().Any(secret => signature.Verify(raw, header, secret)) ? (raw, null) : ([], TypedResults.Unauthorized());
    }

    /// <summary>A shop off the channel's list is refused like a bad signature: the secret is right, but not for that shop.</summary>
    static bool FromAllowedShop(HttpRequest request, ShopChannel channel, string shopHeader) => channel.AllowedShops.Contains(Header(request, shopHeader));

    static string? Header(HttpRequest request, string name) => request.Headers[name].FirstOrDefault();
}
