using OrderFlow.Core.Inventory;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Fulfilment;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.IntegrationTests.Fixtures;
using OrderFlow.TestOrders;

namespace OrderFlow.IntegrationTests.Orders;

/// <summary>What the workflow's steps cost in storage operations, run as the workflow runs them.</summary>
public class OrderStepStorageTests(CountedStorage storage) : IClassFixture<CountedStorage>
{
    static readonly CancellationToken None = CancellationToken.None;
    static readonly DateTimeOffset At = new(2031, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact(Timeout = 120_000)]
    public async Task Ship_LastParcelInvoicingOnShipment_ShippedAndInvoicedInOneWriteOfTheOrder()
    {
        var orders = storage.Get<OrderBook>();
        var priced = OrderJourney.Priced(Id("ship"));
        await StartedAsync(orders, priced.OrderId);
        await orders.UpdateAsync(priced.OrderId, r => r.To(OrderStatus.Fulfilled, At, priced), None);
        var step = new ParcelStep(priced.OrderId, "DHL", "T-1", [new LineQuantity("CUP", 2)], new InvoiceRequest(priced));

        var calls = await storage.CountAsync(() => storage.Get<ShipOrderActivity>().RunAsync(null!, step));
        var shipped = await orders.FindAsync(priced.OrderId, None);

        Assert.Equal((OrderStatus.Invoiced, true), (shipped!.Status, shipped.HasReached(OrderStatus.Shipped)));
        // One merge of the row, one index write, and two transactions: the KPI facts' and the invoice ledger's.
        string[] writes = ["PATCH OrderIndex", "PATCH Orders", "POST $batch", "POST $batch"];
        Assert.Equal(writes, calls.Where(c => c.EndsWith(" Orders", StringComparison.Ordinal) || c.EndsWith(" OrderIndex", StringComparison.Ordinal) || c == "POST $batch")
            .Order(StringComparer.Ordinal));
    }

    [Fact(Timeout = 120_000)]
    public async Task Reserve_OrderNeverBackordered_DeletesNoBackorderMark()
    {
        var orders = storage.Get<OrderBook>();
        var priced = OrderJourney.Priced(Id("reserve"), sku: Id("SKU"));
        var stock = storage.Get<StockLedger>();
        await stock.ListAsync(priced.Lines[0].Sku, None); // creates the table
        await stock.SetOnHandAsync(priced.Lines[0].Sku, "main", 10, 0, None);
        await StartedAsync(orders, priced.OrderId);
        await orders.UpdateAsync(priced.OrderId, r => r.To(OrderStatus.Validated, At, priced), None);

        var calls = await storage.CountAsync(() => storage.Get<ReserveStockActivity>().RunAsync(null!, priced));

        Assert.Equal(OrderStatus.Reserved, (await orders.FindAsync(priced.OrderId, None))!.Status);
        Assert.DoesNotContain(calls, c => c.StartsWith("DELETE ", StringComparison.Ordinal));
    }

    static string Id(string what) => what + Guid.NewGuid().ToString("N")[..8];

    static async Task StartedAsync(OrderBook orders, string id)
    {
        await orders.TryCreateAsync(OrderJourney.Received(id, At), payload: null, None);
        await orders.ReadyToStartAsync(id, None);
    }
}
