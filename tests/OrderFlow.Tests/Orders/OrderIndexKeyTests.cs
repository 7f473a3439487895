using System.Globalization;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders;

public class OrderIndexKeyTests
{
    static string Month(string text) => OrderIndex.MonthPartition(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));

    static OrderRecord Received(string id, DateTimeOffset at) => new() { OrderId = OrderId.Parse(id), Source = "test", ExternalId = id, ReceivedAt = at };

    [Fact]
    public void MonthPartitions_SortNewestFirst_AndOneMonthIsOnePartition()
    {
        var (december, january, februaryByOffset, february) = (Month("2025-12-31T23:59:59Z"), Month("2026-01-01T00:00:00Z"), Month("2026-01-31T23:00:00-02:00"), Month("2026-02-01T00:00:00Z"));

        // 2026-01-31T23:00-02:00 is 2026-02-01T01:00Z: February, whatever its offset says.
        Assert.Equal(february, februaryByOffset);
        Assert.Equal([february, january, december], new[] { december, february, january }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RowKeys_SortNewestFirst_ThenByOrderId()
    {
        var noon = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        var keys = new[] { Received("b", noon), Received("a", noon), Received("z", noon.AddTicks(1)), Received("y", noon.AddTicks(-1)) }
            .ToDictionary(r => OrderIndex.RowKey(r), r => r.OrderId.Value);

        Assert.Equal(["z", "a", "b", "y"], keys.Keys.Order(StringComparer.Ordinal).Select(k => keys[k]));
    }

    [Fact]
    public void Filter_ForACustomer_ReadsOnlyTheirPartition()
    {
        var filter = OrderIndex.Filter(new OrderQuery(null, null, null, CustomerId.Parse("c-1")));

        Assert.Equal("PartitionKey eq 'customer-c-1'", filter);
    }
}
