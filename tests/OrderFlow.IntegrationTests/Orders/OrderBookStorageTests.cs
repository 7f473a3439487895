using Microsoft.Extensions.Logging.Abstractions;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;
using OrderFlow.Core.Storage;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>What an order's steps cost in storage operations, and that the savings keep the order's guarantees.</summary>
public class OrderBookStorageTests(CountedStorage storage) : IClassFixture<CountedStorage>
{
    static readonly CancellationToken None = CancellationToken.None;
    static readonly DateTimeOffset At = new(2031, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task UpdateAsync_StepsInTheProcessThatStartedTheOrder_WriteWithoutReadingTheRow()
    {
        var orders = storage.Get<OrderBook>();
        var id = await StartedAsync(orders);

        var calls = await storage.CountAsync(async () =>
        {
            await orders.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Validated, At.AddMinutes(1), OrderJourney.Priced(id, customerId: "c-held")), None);
            await orders.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Reserved, At.AddMinutes(2)), None);
        });

        Assert.DoesNotContain("GET Orders", calls);
        Assert.Equal(2, calls.Count(c => c.EndsWith(" Orders", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UpdateAsync_StatusChangesOnceTheCustomerIsKnown_WriteOnlyTheMonthsIndexRow()
    {
        var orders = storage.Get<OrderBook>();
        var id = await StartedAsync(orders);

        var validated = await storage.CountAsync(() => orders.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Validated, At.AddMinutes(1), OrderJourney.Priced(id, customerId: "c-index")), None));
        var reserved = await storage.CountAsync(() => orders.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Reserved, At.AddMinutes(2)), None));
        var (listed, _) = await orders.QueryAsync(new OrderQuery(OrderStatus.Reserved, null, null, CustomerId.Parse("c-index")), 10, null, None);

        Assert.Equal(2, validated.Count(c => c.EndsWith(" OrderIndex", StringComparison.Ordinal)));
        Assert.Equal(1, reserved.Count(c => c.EndsWith(" OrderIndex", StringComparison.Ordinal)));
        Assert.Equal([id], listed.Select(r => r.OrderId.Value));
    }

    [Fact]
    public async Task UpdateAsync_AnotherProcessChangedTheOrderSince_ReadsAfreshAndKeepsEveryChange()
    {
        var here = storage.Get<OrderBook>();
        using var elsewhereHeld = new HeldRows<OrderRecord>();
        var elsewhere = new OrderBook(storage.Get<Azure.Data.Tables.TableServiceClient>(), storage.Get<StorageNames>(), storage.Get<OrderIndex>(), elsewhereHeld, [], NullLogger<OrderBook>.Instance);
        var id = await StartedAsync(here);

        await here.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Validated, At.AddMinutes(1)), None);
        await elsewhere.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.OnHold, At.AddMinutes(2)), None);
        // A change that leaves the held version as it is cannot find out by writing that it is stale.
        var unchanged = await here.UpdateAsync(OrderId.Parse(id), r => r, None);
        await here.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Reserved, At.AddMinutes(3)), None);

        Assert.Equal([Milestone.Received, Milestone.Validated, Milestone.OnHold], unchanged.Timeline.Select(t => t.Stage));
        Assert.Equal([Milestone.Received, Milestone.Validated, Milestone.OnHold, Milestone.Approved, Milestone.Reserved], (await here.FindAsync(OrderId.Parse(id), None))!.Timeline.Select(t => t.Stage));
    }

    [Fact]
    public async Task ShipStep_LastParcelInvoicingOnShipment_ShippedAndInvoicedInOneWriteOfTheOrder()
    {
        var orders = storage.Get<OrderBook>();
        var priced = OrderJourney.Priced(await StartedAsync(orders));
        await orders.UpdateAsync(priced.OrderId, r => r.To(OrderStatus.Fulfilled, At, priced), None);
        var step = new ParcelStep(priced.OrderId, "DHL", "T-1", [new LineQuantity(Sku.Parse("CUP"), 2)], new InvoiceRequest(priced));

        var calls = await storage.CountAsync(() => storage.Get<ShipOrderActivity>().RunAsync(null!, step));
        var shipped = await orders.FindAsync(priced.OrderId, None);

        Assert.Equal((OrderStatus.Invoiced, true), (shipped!.Status, shipped.HasReached(OrderStatus.Shipped)));
        // One merge of the row, one index write, and two transactions: the KPI facts' and the invoice ledger's.
        string[] writes = ["PATCH OrderIndex", "PATCH Orders", "POST $batch", "POST $batch"];
        Assert.Equal(writes, calls.Where(c => c.EndsWith(" Orders", StringComparison.Ordinal) || c.EndsWith(" OrderIndex", StringComparison.Ordinal) || c == "POST $batch")
            .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReserveStep_OrderNeverBackordered_DeletesNoBackorderMark()
    {
        var orders = storage.Get<OrderBook>();
        var id = await StartedAsync(orders);
        var priced = OrderJourney.Priced(id, sku: "SKU-" + id);
        var stock = storage.Get<StockLedger>();
        await stock.ListAsync(priced.Lines[0].Sku, None); // creates the table
        await stock.SetOnHandAsync(priced.Lines[0].Sku, "main", 10, 0, Actor.Key("test"), reason: null, None);
        await orders.UpdateAsync(OrderId.Parse(id), r => r.To(OrderStatus.Validated, At, priced), None);

        var calls = await storage.CountAsync(() => storage.Get<ReserveStockActivity>().RunAsync(null!, priced));

        Assert.Equal(OrderStatus.Reserved, (await orders.FindAsync(OrderId.Parse(id), None))!.Status);
        Assert.DoesNotContain(calls, c => c.StartsWith("DELETE ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateStep_NothingHoldsTheOrder_ValidatedAndReservedInOneWriteOfTheOrder()
    {
        var orders = storage.Get<OrderBook>();
        var id = await StartedAsync(orders);
        var (sku, customerId) = (Sku.Parse("SKU-" + id), "c-" + id);
        await storage.Get<ProductCatalogue>().SaveAsync(new Product(sku, "Cup", true, 0.19m, new Dictionary<string, long> { ["EUR"] = 2450 }), Actor.Key("test"), None);
        var stock = storage.Get<StockLedger>();
        await stock.ListAsync(sku, None); // creates the table
        await stock.SetOnHandAsync(sku, "main", 10, 0, Actor.Key("test"), reason: null, None);
        await storage.Get<CustomerDirectory>().SaveAsync(new Customer(CustomerId.Parse(customerId), "Ada Buyer", "ada@example.test", null, null), Actor.Key("test"), None);
        var order = new CanonicalOrder(
            id, customerId, null, "EUR", [new CanonicalLine(sku.Value, 2, "24.50")], new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), "4.90", Paid: true);
        var input = new OrderWorkflowInput(OrderId.Parse(id), order, FulfilmentMode.Auto, TimeSpan.Zero, TimeSpan.FromDays(3));

        OrderValidation? validation = null;
        var calls = await storage.CountAsync(async () => validation = await storage.Get<ValidateOrderActivity>().RunAsync(null!, input));
        var validated = await orders.FindAsync(OrderId.Parse(id), None);

        Assert.Equal(true, validation?.Reservation?.Reserved);
        Assert.Equal([Milestone.Received, Milestone.Validated, Milestone.Reserved], validated!.Timeline.Select(t => t.Stage));
        Assert.Single(calls, "PATCH Orders");
    }

    static async Task<string> StartedAsync(OrderBook orders)
    {
        var id = "held" + Guid.NewGuid().ToString("N")[..8];
        await orders.TryCreateAsync(OrderJourney.Received(id, At), payload: null, None);
        await orders.ReadyToStartAsync(OrderId.Parse(id), None);
        return id;
    }
}
