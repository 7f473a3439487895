using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Pricing;

namespace OrderFlow.Tests.Orders.Pricing;

public class PricingOptionsTests
{
    static PricingOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOrders(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<PricingOptions>>().Value;
    }

    [Fact]
    public void Bind_EmptyDeviationAsInfraSetsIt_NeverHoldsAndShippingFollowsGoods()
    {
        var options = Bind(new() { ["OrderFlow:Pricing:HoldAboveDeviation"] = "", ["OrderFlow:Pricing:ShippingTax"] = "FollowsGoods" });

        Assert.Equal(((decimal?)null, ShippingTaxMode.FollowsGoods), (options.HoldAboveDeviation, options.ShippingTax));
    }

    [Fact]
    public void Bind_Settings_Read()
    {
        var options = Bind(new() { ["OrderFlow:Pricing:HoldAboveDeviation"] = "12.5", ["OrderFlow:Pricing:ShippingTax"] = "Untaxed" });

        Assert.Equal((12.5m, ShippingTaxMode.Untaxed), (options.HoldAboveDeviation, options.ShippingTax));
    }

    [Fact]
    public void Bind_NegativeDeviation_RefusedAtStart() =>
        Assert.Throws<OptionsValidationException>(() => Bind(new() { ["OrderFlow:Pricing:HoldAboveDeviation"] = "-1" }));
}
