using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;

namespace OrderFlow.Core.Orders;

/// <summary>
/// An order as lists show it. Its month's row in the <see cref="OrderIndex"/> keeps these fields, so a page of a list
/// is one range read of the index rather than a read of every order on it.
/// </summary>
public sealed record OrderSummary(
    OrderId OrderId, string ExternalId, string Source, DateTimeOffset ReceivedAt, OrderStatus Status, CustomerId? CustomerId, Money? Gross, bool NeedsAttention)
{
    public static OrderSummary Of(OrderRecord record) =>
        new(record.OrderId, record.ExternalId, record.Source, record.ReceivedAt, record.Status, record.CustomerId, record.Priced?.Gross, record.Attention is not null);
}
