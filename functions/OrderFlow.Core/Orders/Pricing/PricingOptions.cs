namespace OrderFlow.Core.Orders.Pricing;

/// <summary>Section "OrderFlow:Pricing": how far a price may stray from the catalogue unheld, and how shipping is taxed.</summary>
public sealed class PricingOptions
{
    public const string Section = "OrderFlow:Pricing";

    /// <summary>
    /// A unit price further than this percentage from the catalogue price holds the order for approval; unset never
    /// holds. Shop prices and direct-entry overrides are both measured against it.
    /// </summary>
    public decimal? HoldAboveDeviation { get; set; }

    public ShippingTaxMode ShippingTax { get; set; } = ShippingTaxMode.FollowsGoods;

    public bool IsValid => HoldAboveDeviation is null or >= 0 && Enum.IsDefined(ShippingTax);
}

/// <summary>How orders OrderFlow prices itself tax their shipping; shop orders keep the shop's shipping tax.</summary>
public enum ShippingTaxMode
{
    /// <summary>At the goods' rates, split in proportion to the net value per rate (the EU rule for delivery charges).</summary>
    FollowsGoods,

    /// <summary>Untaxed, for sellers whose jurisdiction does not tax delivery charges.</summary>
    Untaxed,
}
