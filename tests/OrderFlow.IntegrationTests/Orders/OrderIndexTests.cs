using Azure.Data.Tables;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Reporting;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>The index behind order lists, written through OrderBook as the workflow writes it, on Azurite.</summary>
public class OrderIndexTests(KpiStorage storage) : IClassFixture<KpiStorage>
{
    static readonly CancellationToken None = CancellationToken.None;
    OrderBook Orders => storage.Orders;

    [Fact]
    public async Task Query_ByTimeStatusAndCustomer_NewestFirstAcrossMonths()
    {
        var prefix = "ix" + Guid.NewGuid().ToString("N")[..6];
        var (a, b, c, d) = (prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-d");
        var customer = prefix + "-cust";
        await AddAsync(a, "2030-01-31T23:59:59.9999999Z", customer, OrderStatus.Completed);
        await AddAsync(b, "2030-02-01T00:00:00Z", customer, OrderStatus.Validated);
        await AddAsync(c, "2030-02-15T10:00:00Z", prefix + "-other", OrderStatus.Completed);
        await AddAsync(d, "2030-03-01T00:00:00Z", customer: null, OrderStatus.Received);

        Assert.Equal([d, c, b, a], await IdsAsync(new OrderQuery(null, At("2030-01-01"), At("2030-04-01"), null)));
        Assert.Equal([c, b], await IdsAsync(new OrderQuery(null, At("2030-02-01"), At("2030-03-01"), null)));
        Assert.Equal([c, a], await IdsAsync(new OrderQuery(OrderStatus.Completed, At("2030-01-01"), At("2030-04-01"), null)));
        Assert.Equal([b, a], await IdsAsync(new OrderQuery(null, null, null, CustomerId.Parse(customer))));
        Assert.Equal([a], await IdsAsync(new OrderQuery(OrderStatus.Completed, null, null, CustomerId.Parse(customer))));
        Assert.Equal([b], await IdsAsync(new OrderQuery(null, At("2030-02-01"), null, CustomerId.Parse(customer))));
        Assert.Empty(await IdsAsync(new OrderQuery(null, At("2030-03-01"), At("2030-03-01"), null)));
        Assert.Empty(await IdsAsync(new OrderQuery(null, null, DateTimeOffset.MinValue, null)));
        var allTime = await IdsAsync(new OrderQuery(null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null));
        Assert.Equal([d, c, b, a], allTime.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Update_WritersRacingOnOneOrder_IndexEndsWithTheRecordsStatus()
    {
        var id = "race" + Guid.NewGuid().ToString("N")[..8];
        var received = At("2031-05-05");
        await AddAsync(id, "2031-05-05T00:00:00Z", customer: null, OrderStatus.Received);
        OrderStatus[] stages = [OrderStatus.Validated, OrderStatus.OnHold, OrderStatus.Reserved, OrderStatus.Backordered, OrderStatus.Fulfilled];

        // Four writers enter each stage. A stage is entered once and the order refuses moves back, so a writer that
        // loses its race retries with nothing left to change: the case where its index write could outlive a later one.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Orders.UpdateAsync(OrderId.Parse(id), r => r.TryTo(stages[i % stages.Length], received.AddMinutes(i)).Order, None)));

        var final = (await Orders.FindAsync(OrderId.Parse(id), None))!.Status;
        var index = storage.Get<OrderIndex>();
        foreach (var stage in stages)
        {
            var (listed, _) = await index.QueryAsync(new OrderQuery(stage, received, received.AddDays(1), null), 10, null, None);
            Assert.Equal(stage == final ? [(OrderId.Parse(id), final)] : [], listed.Select(o => (o.OrderId, o.Summary!.Status)));
        }
    }

    [Fact]
    public async Task Update_RetryWithNothingLeftToChange_WhileAnotherWriterMovesOn_IndexFollowsTheLastWriter()
    {
        var id = "retry" + Guid.NewGuid().ToString("N")[..8];
        var at = At("2031-06-06");
        await AddAsync(id, "2031-06-06T00:00:00Z", customer: null, OrderStatus.Validated);
        var calls = 0;

        // The writer under test wants Reserved unless the order is already on hold. Its first attempt loses to a
        // writer putting it on hold, so its retry has nothing left to change; during that retry a third writer moves
        // the order on to Backordered, after the retry read the order and before it writes the index.
        await Orders.UpdateAsync(OrderId.Parse(id), r =>
        {
            switch (++calls)
            {
                case 1:
                    Orders.UpdateAsync(OrderId.Parse(id), o => o.To(OrderStatus.OnHold, at), None).GetAwaiter().GetResult();
                    break;
                case 2:
                    Orders.UpdateAsync(OrderId.Parse(id), o => o.To(OrderStatus.Backordered, at), None).GetAwaiter().GetResult();
                    break;
            }
            return r.HasReached(OrderStatus.OnHold) ? r : r.To(OrderStatus.Reserved, at);
        }, None);

        var (listed, _) = await storage.Get<OrderIndex>().QueryAsync(new OrderQuery(OrderStatus.Backordered, at, at.AddDays(1), null), 10, null, None);
        Assert.Equal(OrderStatus.Backordered, (await Orders.FindAsync(OrderId.Parse(id), None))!.Status);
        Assert.Equal([(OrderId.Parse(id), OrderStatus.Backordered)], listed.Select(o => (o.OrderId, o.Summary!.Status)));
    }

    [Fact]
    public async Task Query_IndexAheadOfTheRecord_MonthListShowsTheStepBeingMadeCustomerListLeavesItOut()
    {
        var id = "ahead" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(id, "2032-07-07T00:00:00Z", customer: null, OrderStatus.Validated);
        var record = (await Orders.FindAsync(OrderId.Parse(id), None))!;
        // As after a crash between writing the index and writing the record, before the step is made again.
        await storage.Get<OrderIndex>().WriteAsync(record, record.To(OrderStatus.Shipped, At("2032-07-07")), again: false, None);

        var (month, _) = await Orders.QueryAsync(new OrderQuery(OrderStatus.Shipped, At("2032-07-07"), At("2032-07-08"), null), 10, null, None);
        var (customer, _) = await Orders.QueryAsync(new OrderQuery(OrderStatus.Shipped, null, null, record.CustomerId), 10, null, None);

        Assert.Equal([(id, OrderStatus.Shipped)], month.Select(o => (o.OrderId.Value, o.Status)));
        Assert.Empty(customer);
    }

    [Fact]
    public async Task Query_MonthList_SummariesFromTheIndexAlone()
    {
        var id = "summary" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(id, "2034-05-05T08:30:00Z", customer: "c-" + id, OrderStatus.Reserved);
        var record = (await Orders.FindAsync(OrderId.Parse(id), None))!;
        // The order's own row gone: what the list shows can only have come from the index.
        await Table(OrderBook.TableName).DeleteEntityAsync(id, "order");

        var (listed, _) = await Orders.QueryAsync(new OrderQuery(null, At("2034-05-05"), At("2034-05-06"), null), 10, null, None);

        Assert.NotNull(record.Priced);
        Assert.Equal([OrderSummary.Of(record)], listed);
    }

    [Fact]
    public async Task Query_MonthRowWithoutASummary_ReadsTheOrder()
    {
        var id = "nosummary" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(id, "2035-06-06T00:00:00Z", customer: "c-" + id, OrderStatus.Validated);
        var record = (await Orders.FindAsync(OrderId.Parse(id), None))!;
        // A month's row as written before rows kept summaries: status, channel and attention only.
        await Table(OrderIndex.TableName).UpsertEntityAsync(
            new TableEntity(OrderIndex.MonthPartition(record.ReceivedAt), OrderIndex.RowKey(record)) { ["Status"] = "Validated", ["Source"] = record.Source, ["Attention"] = false },
            TableUpdateMode.Replace);

        var (listed, _) = await Orders.QueryAsync(new OrderQuery(null, At("2035-06-06"), At("2035-06-07"), null), 10, null, None);

        Assert.Equal([OrderSummary.Of(record)], listed);
    }

    TableClient Table(string name) => storage.Get<TableServiceClient>().GetTableClient(storage.Get<StorageNames>().Table(name));

    [Fact]
    public async Task Query_OnePerPage_FollowsTheTokenThroughEveryMonth()
    {
        var ids = new List<string>();
        for (var month = 1; month <= 4; month++)
        {
            var id = $"page{month}-" + Guid.NewGuid().ToString("N")[..6];
            await AddAsync(id, $"2033-{month:D2}-10T00:00:00Z", customer: null, OrderStatus.Received);
            ids.Insert(0, id);
        }
        var paged = await IdsAsync(new OrderQuery(null, At("2033-01-01"), At("2034-01-01"), null), pageSize: 1);

        Assert.Equal(ids, paged);
    }

    static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stored as intake stores it, listed as the start lists it, then moved to its stage and customer as the workflow does.</summary>
    async Task AddAsync(string id, string received, string? customer, OrderStatus stage)
    {
        var at = At(received);
        await Orders.TryCreateAsync(OrderJourney.Received(id, at), payload: null, None);
        await Orders.ReadyToStartAsync(OrderId.Parse(id), None);
        if (stage != OrderStatus.Received)
        {
            await Orders.UpdateAsync(OrderId.Parse(id), r => r.To(stage, at.AddMinutes(5), OrderJourney.Priced(id, customerId: customer ?? "c-" + id)), None);
        }
    }

    /// <summary>Every page of the list, in order.</summary>
    async Task<List<string>> IdsAsync(OrderQuery query, int pageSize = 100)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var (items, next) = await Orders.QueryAsync(query, pageSize, token, None);
            Assert.True(items.Count <= pageSize);
            ids.AddRange(items.Select(r => r.OrderId.Value));
            token = next;
        }
        while (token is not null);
        return ids;
    }
}
