using OrderFlow.Core.Inventory;

namespace OrderFlow.Core.Orders.Workflow;

public sealed record OrderValidation(PricedOrder? Order, IReadOnlyList<string> Reasons);

public sealed record ReservationOutcome(bool Reserved, IReadOnlyList<ReservationResult> Lines);

public sealed record ShipmentInput(string OrderId, string Carrier, string TrackingNumber);

public sealed record InvoiceRequest(PricedOrder Order, DateTimeOffset IssuedAt);

public sealed record StageChange(string OrderId, OrderStatus Stage, string? Detail = null, bool Paid = false);
