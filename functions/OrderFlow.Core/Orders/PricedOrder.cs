using System.Text.Json.Serialization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders;

/// <summary>
/// An order that passed validation: customer known, every line priced, totals computed. <see cref="ShippingMinor"/>
/// is the net shipping charge; its tax, per rate, is in <see cref="ShippingTaxes"/> and counts in <see cref="Tax"/>.
/// Lines keep minor units of the order's <see cref="Currency"/>; the totals are <see cref="Money"/> in it, derived and
/// never stored.
/// </summary>
public sealed record PricedOrder(
    OrderId OrderId,
    CustomerId CustomerId,
    string CustomerEmail,
    string CustomerName,
    Currency Currency,
    IReadOnlyList<PricedLine> Lines,
    long ShippingMinor,
    PostalAddress ShippingAddress,
    bool Paid)
{
    /// <summary>The net shipping charge split by VAT rate with its tax; empty on orders priced before shipping was taxed.</summary>
    public IReadOnlyList<TaxedAmount> ShippingTaxes { get; init; } = [];

    /// <summary>
    /// The customer as found when the order was priced: their credit limit for approval, and their terms, VAT ID and
    /// electronic address for the invoice, so that neither reads the customer again. Null on orders priced before it was kept.
    /// </summary>
    public Customer? Buyer { get; init; }

    /// <summary>The order's ID at its source (the customer's PO number, or the shop's order); null on orders priced before it was kept.</summary>
    public string? ExternalId { get; init; }

    /// <summary>What the customer calls the order when it is not its external ID: the shop's order name ("#1001").</summary>
    public string? OrderName { get; init; }

    /// <summary>The order as its customer knows it: in their emails, and the invoice's buyer reference.</summary>
    [JsonIgnore]
    public string CustomerReference => OrderName ?? ExternalId ?? OrderId.Value;

    [JsonIgnore]
    public Money Net => InCurrency(Lines.Sum(l => l.NetMinor));

    [JsonIgnore]
    public Money Shipping => InCurrency(ShippingMinor);

    [JsonIgnore]
    public Money ShippingTax => InCurrency(ShippingTaxes.Sum(s => s.TaxMinor));

    /// <summary>The tax on the lines and on shipping.</summary>
    [JsonIgnore]
    public Money Tax => InCurrency(Lines.Sum(l => l.TaxMinor)) + ShippingTax;

    [JsonIgnore]
    public Money Gross => Net + Tax + Shipping;

    /// <summary>The discounts on all lines, already off <see cref="Net"/>.</summary>
    [JsonIgnore]
    public Money Discount => InCurrency(Lines.Sum(l => l.DiscountMinor));

    /// <summary>An amount of a line, kept in minor units of the order's currency.</summary>
    public Money InCurrency(long minor) => new(minor, Currency);

    /// <summary>The lines priced away from the catalogue on a person's word, for the timeline; null when there are none.</summary>
    public string? PriceOverrides()
    {
        var overridden = Lines.Where(l => l.PriceOverrideReason is not null)
            .Select(l => $"{l.Sku} at {InCurrency(l.UnitPriceMinor)}: {l.PriceOverrideReason}").ToList();
        return overridden.Count == 0 ? null : "Price overridden for " + string.Join("; ", overridden);
    }
}

/// <summary>
/// A priced line: <see cref="UnitPriceMinor"/> is the unit price charged before discounts, net of tax;
/// net = unit price × quantity − discount; tax as charged (a shop's) or net × rate, rounded half away from zero.
/// </summary>
public sealed record PricedLine(Sku Sku, string Description, int Quantity, long UnitPriceMinor, decimal TaxRate, long NetMinor, long TaxMinor)
{
    /// <summary>The catalogue's unit price when the order was priced; null on orders priced before it was kept.</summary>
    public long? ListPriceMinor { get; init; }

    /// <summary>Discounts on this line, order-level ones allocated to it included; net of tax.</summary>
    public long DiscountMinor { get; init; }

    /// <summary>Why a direct-entry price differs from the catalogue, as the person who entered it said.</summary>
    public string? PriceOverrideReason { get; init; }
}
