using OrderFlow.Core.Customers;

namespace OrderFlow.Core.Orders;

/// <summary>
/// Filters of an order list (GET /api/orders, the order list page); each is optional. <see cref="To"/> is exclusive;
/// <see cref="Channel"/> is an <see cref="OrderRecord.Source"/>; <see cref="NeedsAttention"/> keeps only orders whose
/// <see cref="OrderRecord.Attention"/> is set.
/// </summary>
public sealed record OrderQuery(
    OrderStatus? Status, DateTimeOffset? From, DateTimeOffset? To, CustomerId? CustomerId, string? Channel = null, bool NeedsAttention = false)
{
    public bool Matches(OrderRecord record) =>
        (Status is null || record.Status == Status)
        && (CustomerId is null || record.CustomerId == CustomerId)
        && (From is null || record.ReceivedAt >= From)
        && (To is null || record.ReceivedAt < To)
        && (Channel is null || record.Source == Channel)
        && (!NeedsAttention || record.Attention is not null);
}
