using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Tests.Orders.Channels;

/// <summary>What the host checks as the app starts (ValidateOnStart), as Azure starts it: with the settings given, no more.</summary>
public class WebhookOptionsTests
{
    static void StartWith(Dictionary<string, string?> settings)
    {
        // Checked at start too, by the orders' staff alerts: not what these tests are about.
        settings.TryAdd("OrderFlow:Operations:Notify", "operations@example.test");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOrders(configuration);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    static Dictionary<string, string?> Secrets() => new()
    {
        ["OrderFlow:Webhooks:Shopify:Secret"] = "s1",
        ["OrderFlow:Webhooks:WooCommerce:Secret"] = "s2",
        ["OrderFlow:Webhooks:Shopify:ShopDomains"] = "ceramics.myshopify.com",
        ["OrderFlow:Webhooks:WooCommerce:Sources"] = "https://shop.example.com",
    };

    [Theory]
    [InlineData("OrderFlow:Webhooks:Shopify:ShopDomains")]
    [InlineData("OrderFlow:Webhooks:WooCommerce:Sources")]
    public void Start_SecretWithoutItsShopList_RefusesNamingTheSetting(string missing)
    {
        var settings = Secrets();
        settings[missing] = " , ";

        var refused = Assert.Throws<OptionsValidationException>(() => StartWith(settings));

        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EachSecretWithItsShops_Starts() => StartWith(Secrets());

    [Fact]
    public void Start_NoSecretAndNoShops_StartsAsTheChannelRefusesEverything() => StartWith([]);
}
