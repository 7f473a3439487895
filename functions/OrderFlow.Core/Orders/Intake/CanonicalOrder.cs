namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// The one order shape every channel is turned into (docs/architecture.md §2, "canonical order"). This is the wire
/// shape: every field may be missing or wrong, and validation reports all problems at once. Amounts are decimal
/// strings in the currency's minor-unit exponent ("24.50"). <see cref="Charged"/> is set for shop orders only: what
/// the shop charged is then authoritative instead of the catalogue price. <see cref="OrderName"/> is what the customer
/// calls the order where it differs from its ID (a shop's "#1001"): their emails and the invoice's buyer reference use it.
/// </summary>
public sealed record CanonicalOrder(
    string? ExternalId,
    string? CustomerId,
    CustomerDetails? Customer,
    string? Currency,
    IReadOnlyList<CanonicalLine?>? Lines,
    PostalAddress? ShippingAddress,
    string? ShippingCost,
    bool Paid,
    ShopCharges? Charged = null,
    string? OrderName = null);

/// <summary>
/// A line; without <paramref name="UnitPrice"/> the catalogue price applies, and a price other than the catalogue's
/// needs <paramref name="PriceOverrideReason"/> (direct entry) or the shop's <paramref name="Charged"/> amounts.
/// </summary>
public sealed record CanonicalLine(string? Sku, int? Quantity, string? UnitPrice, string? PriceOverrideReason = null, ShopLineCharge? Charged = null);

/// <summary>
/// Given instead of a customer ID: the customer is matched by email or created. A company's VAT identifier, when the
/// shop collected one, is kept on the customer for their invoices. <paramref name="Language"/> ("en" or "de"), from the
/// shop's locale, is the language this order's emails are written in, and a new customer's.
/// </summary>
public sealed record CustomerDetails(string? Name, string? Email, string? VatId = null, string? Language = null);

public sealed record PostalAddress(string? Line1, string? Line2, string? City, string? PostalCode, string? Region, string? Country);

/// <summary>
/// The order as the shop charged it: whether its prices include tax, the total it charged, and the tax on shipping
/// (the shipping amount itself is <see cref="CanonicalOrder.ShippingCost"/>, discounts off, in the same basis).
/// Rates are decimal fractions ("0.19").
/// </summary>
public sealed record ShopCharges(bool PricesIncludeTax, string? Total, string? ShippingTax, string? ShippingTaxRate);

/// <summary>
/// A line as the shop charged it: <paramref name="Subtotal"/> before discounts, <paramref name="Discount"/> (order-level
/// discounts allocated to the line included), and, when the shop sent them, its <paramref name="Tax"/> and rate.
/// </summary>
public sealed record ShopLineCharge(string? Subtotal, string? Discount, string? Tax, string? TaxRate);
