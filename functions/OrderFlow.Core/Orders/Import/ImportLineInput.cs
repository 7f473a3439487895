using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Core.Orders.Import;

/// <summary>
/// One line of POST /orders/import as it arrives: a past order from another system with its real dates and outcome.
/// Every field may be missing or wrong; <see cref="ImportLineChecks"/> reports all problems at once. Amounts are
/// decimal strings net of tax; <see cref="Stages"/> maps a stage or milestone name ("Shipped", "Paid") to when the
/// order reached it; <see cref="InvoiceNumber"/> is the source system's, kept as a reference only.
/// </summary>
public sealed record ImportLineInput(
    string? Source,
    string? ExternalId,
    string? CustomerId,
    string? Currency,
    DateTimeOffset? ReceivedAt,
    string? Status,
    IReadOnlyList<ImportedLineInput?>? Lines,
    string? ShippingCost,
    PostalAddress? ShippingAddress,
    IReadOnlyDictionary<string, DateTimeOffset?>? Stages,
    IReadOnlyList<ImportedShipmentInput?>? Shipments,
    IReadOnlyList<ImportedPaymentInput?>? Payments,
    string? InvoiceNumber,
    IReadOnlyList<string?>? Reasons);

/// <summary>A line as the source system charged it: unit price net of tax and the tax rate applied then.</summary>
public sealed record ImportedLineInput(string? Sku, string? Description, int? Quantity, string? UnitPrice, string? TaxRate);

public sealed record ImportedShipmentInput(string? Carrier, string? TrackingNumber);

public sealed record ImportedPaymentInput(string? Reference, string? Amount, DateTimeOffset? At);
