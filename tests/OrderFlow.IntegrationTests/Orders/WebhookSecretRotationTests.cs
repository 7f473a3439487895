using System.Net;
using System.Text;
using OrderFlow.IntegrationTests.DevHost;
using static OrderFlow.IntegrationTests.Orders.ShopWebhooks;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>A shop's webhook secret being replaced: the new one and the old one both sign, nothing else does.</summary>
public class WebhookSecretRotationTests(RotatingSecretsApp app) : IClassFixture<RotatingSecretsApp>
{
    [Fact]
    public async Task Shopify_SignedWithTheNewThePreviousOrAnotherSecret_FirstTwoAcceptedTheOther401()
    {
        await OrderApi.SeedProductAsync(app.Http, "HOOK-1");
        byte[] Order(long id) => Encoding.UTF8.GetBytes(ShopifyOrder(id, "paid"));

        var byNew = await PostShopifyAsync(app.Http, Order(7001), "orders/create", Base64Hmac(RotatingSecretsApp.NewSecret, Order(7001)));
        var byPrevious = await PostShopifyAsync(app.Http, Order(7002), "orders/create", Base64Hmac(ShopifySecret, Order(7002)));
        var byAnother = await PostShopifyAsync(app.Http, Order(7003), "orders/create", Base64Hmac("some-other-secret", Order(7003)));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Unauthorized), (byNew.StatusCode, byPrevious.StatusCode, byAnother.StatusCode));
    }
}

/// <summary>The product app halfway through rotating the Shopify secret: the demo secret is the previous one.</summary>
public sealed class RotatingSecretsApp : ProductApp
{
    public const string NewSecret = "shopify-rotated-secret";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("OrderFlow:Webhooks:Shopify:Secret", NewSecret),
        new("OrderFlow:Webhooks:Shopify:PreviousSecret", ShopifySecret),
    ];
}
