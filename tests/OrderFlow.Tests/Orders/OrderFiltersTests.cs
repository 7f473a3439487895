using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders;

public class OrderFiltersTests
{
    static readonly DateTimeOffset At = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToQuery_EveryFilter_ReadIntoTheQuery()
    {
        var errors = new FieldErrors();

        var query = new OrderFilters("onhold", "2026-11-01", "2026-12-01T00:00:00+01:00", "c-1", "shopify", "true").ToQuery(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new OrderQuery(OrderStatus.OnHold, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), CustomerId.Parse("c-1"), "shopify", true), query);
    }

    [Fact]
    public void ToQuery_BadValues_NoQueryAndEachFieldNamed()
    {
        var errors = new FieldErrors();

        var query = new OrderFilters("Lost", "yesterday", null, "c 1", "fax", "maybe").ToQuery(errors);

        Assert.Null(query);
        Assert.Equal(["attention", "channel", "customerId", "from", "status"], errors.ByField.Select(e => e.Field).Order());
        Assert.Equal(OrderChannels.Rule, Assert.Single(errors.For("channel")));
    }

    [Fact]
    public void ToQuery_NothingSent_EveryOrder() =>
        Assert.Equal(new OrderQuery(null, null, null, null), new OrderFilters(null, null, null, null, null, null).ToQuery(new FieldErrors()));

    [Fact]
    public void Matches_ChannelAndAttention_OnlyOrdersOfThatChannelThatAreFlagged()
    {
        var shipped = OrderJourney.Received("o-f", At).To(OrderStatus.Shipped, At);
        var flagged = shipped.Flag("Order.Deliver", "down", At).Order;
        var query = new OrderQuery(null, null, null, null, "test", NeedsAttention: true);

        Assert.True(query.Matches(flagged));
        Assert.False(query.Matches(shipped));
        Assert.False((query with { Channel = "shopify" }).Matches(flagged));
    }

    [Fact]
    public void Filter_ChannelAndAttention_ServerSideOnMonths_NotForACustomer()
    {
        var months = OrderIndex.Filter(new OrderQuery(null, null, null, null, "api", true));
        var customer = OrderIndex.Filter(new OrderQuery(null, null, null, CustomerId.Parse("c-1"), "api", true));

        Assert.EndsWith("and Source eq 'api' and Attention eq true", months);
        Assert.Equal("PartitionKey eq 'customer-c-1'", customer);
    }
}
