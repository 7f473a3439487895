using OrderFlow.Core.Orders;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// An order as GET /api/orders lists it: what the index keeps of it (<see cref="OrderSummary"/>), the gross a decimal
/// string in the order's currency once priced; GET /api/orders/{id} shows the whole order.
/// </summary>
public sealed record OrderSummaryView(
    string OrderId, string ExternalId, string Source, DateTimeOffset ReceivedAt, string Status, string? CustomerId, string? Currency, string? Gross, bool NeedsAttention)
{
    public static OrderSummaryView From(OrderSummary summary) => new(
        summary.OrderId.Value,
        summary.ExternalId,
        summary.Source,
        summary.ReceivedAt,
        summary.Status.ToString(),
        summary.CustomerId?.Value,
        summary.Gross?.Currency.Code,
        summary.Gross?.ToDecimalString(),
        summary.NeedsAttention);
}
