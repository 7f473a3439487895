namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// The one order shape every channel is turned into (ARCHITECTURE.md §6, "canonical order"). This is the wire
/// shape: every field may be missing or wrong, and validation reports all problems at once. Amounts are decimal
/// strings in the currency's minor-unit exponent ("24.50").
/// </summary>
public sealed record CanonicalOrder(
    string? ExternalId,
    string? CustomerId,
    CustomerDetails? Customer,
    string? Currency,
    IReadOnlyList<CanonicalLine?>? Lines,
    PostalAddress? ShippingAddress,
    string? ShippingCost,
    bool Paid);

public sealed record CanonicalLine(string? Sku, int? Quantity, string? UnitPrice);

/// <summary>Given instead of a customer ID: the customer is matched by email or created.</summary>
public sealed record CustomerDetails(string? Name, string? Email);

public sealed record PostalAddress(string? Line1, string? Line2, string? City, string? PostalCode, string? Region, string? Country);
