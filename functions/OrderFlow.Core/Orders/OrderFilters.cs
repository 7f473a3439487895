using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;

namespace OrderFlow.Core.Orders;

/// <summary>
/// An order list's filters as sent, by field name (the API's query and the list page's form use the same names), and
/// the one check that turns them into an <see cref="OrderQuery"/>, naming each field that is wrong.
/// </summary>
public sealed record OrderFilters(string? Status, string? From, string? To, string? CustomerId, string? Channel, string? Attention)
{
    public const string StatusField = "status";
    public const string FromField = "from";
    public const string ToField = "to";
    public const string CustomerIdField = "customerId";
    public const string ChannelField = "channel";
    public const string AttentionField = "attention";

    /// <summary>The query, or null with every problem in <paramref name="errors"/>.</summary>
    public OrderQuery? ToQuery(FieldErrors errors)
    {
        var before = errors.Count;
        OrderStatus? status = null;
        if (Status is not null && errors.Require(EnumName.TryParse<OrderStatus>(Status, out var parsed), StatusField, $"One of: {string.Join(", ", Enum.GetNames<OrderStatus>())}."))
        {
            status = parsed;
        }
        var from = Time(From, FromField, errors);
        var to = Time(To, ToField, errors);
        CustomerId? customer = null;
        if (CustomerId is not null && errors.Require(Customers.CustomerId.TryParse(CustomerId, out var customerId), CustomerIdField, Customers.CustomerId.Rule))
        {
            customer = customerId;
        }
        errors.Require(Channel is null || OrderChannels.IsKnown(Channel), ChannelField, OrderChannels.Rule);
        var attention = false;
        if (Attention is not null)
        {
            errors.Require(bool.TryParse(Attention, out attention), AttentionField, "true or false.");
        }
        return errors.Count == before ? new OrderQuery(status, from, to, customer, Channel, attention) : null;
    }

    static DateTimeOffset? Time(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        errors.Require(ok, field, "An ISO 8601 date or time, such as 2026-11-01 or 2026-11-01T08:00:00Z.");
        return ok ? value.ToUniversalTime() : null;
    }
}
