using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Products;

namespace OrderFlow.Core.Orders.Import;

/// <summary>
/// A past order whose every field is well formed (<see cref="ImportLineChecks"/>); whether its outcome adds up is the
/// aggregate's question (<see cref="OrderRecord.Import"/>). <see cref="Stages"/> holds the milestones reached after
/// receipt, each once.
/// </summary>
public sealed record ImportedOrder(
    string Source,
    string ExternalId,
    CustomerId CustomerId,
    Currency Currency,
    DateTimeOffset ReceivedAt,
    OrderStatus Status,
    IReadOnlyList<ImportedLine> Lines,
    Money Shipping,
    PostalAddress? ShippingAddress,
    IReadOnlyDictionary<Milestone, DateTimeOffset> Stages,
    IReadOnlyList<ImportedShipmentInput> Shipments,
    IReadOnlyList<Payment> Payments,
    string? InvoiceNumber,
    IReadOnlyList<string> Reasons)
{
    /// <summary>The channel name of imported orders; their IDs derive from it, the source system and the external ID.</summary>
    public const string Channel = "import";

    public OrderId OrderId => OrderIds.From(Channel, Source, ExternalId);
}

public sealed record ImportedLine(Sku Sku, string Description, int Quantity, Money UnitPrice, decimal TaxRate);

/// <summary>Where an imported order came from: the system and the invoice number it gave, a reference only.</summary>
public sealed record ImportOrigin(string System, string? InvoiceReference);
