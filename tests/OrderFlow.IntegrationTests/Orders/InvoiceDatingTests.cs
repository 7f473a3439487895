using Microsoft.Extensions.DependencyInjection;
using OrderFlow.Core.Common;
using OrderFlow.Core.Customers;
using OrderFlow.Core.Invoicing;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Core.Orders.Workflow;
using OrderFlow.Core.Products;
using OrderFlow.IntegrationTests.DevHost;
using OrderFlow.TestOrders;
using OrderFlow.IntegrationTests.Fixtures;

namespace OrderFlow.IntegrationTests.Orders;

[Collection(SharedApps.Clocked)]
public class InvoiceDatingTests(ClockedProductApp app)
{
    [Fact]
    public async Task InvoiceStepRetriedAfterAnotherOrdersInvoice_TheLaterNumberHasTheLaterDate()
    {
        var services = app.Server.Services;
        var invoicing = services.GetRequiredService<OrderInvoicing>();
        var delayed = await StoreReservedAsync(services, "PO-DATE-1");
        var prompt = await StoreReservedAsync(services, "PO-DATE-2");
        // The delayed order's step is scheduled first; it fails, and its retry runs after the other order's invoice.
        var scheduled = app.Clock.GetUtcNow();
        app.Clock.AdvanceTo(scheduled.AddMinutes(30));
        var first = await invoicing.IssueAsync(new InvoiceRequest(prompt));
        app.Clock.AdvanceTo(scheduled.AddHours(1));
        var second = await invoicing.IssueAsync(new InvoiceRequest(delayed));

        var ledger = services.GetRequiredService<InvoiceLedger>();
        var (earlier, later) = ((await ledger.FindAsync(DocumentNumber.Parse(first), CancellationToken.None))!, (await ledger.FindAsync(DocumentNumber.Parse(second), CancellationToken.None))!);
        Assert.True(string.CompareOrdinal(earlier.Number.Value, later.Number.Value) < 0, $"{earlier.Number} before {later.Number}");
        Assert.True(later.IssuedAt > earlier.IssuedAt, $"{later.Number} dated {later.IssuedAt:O}, {earlier.Number} dated {earlier.IssuedAt:O}");
    }

    /// <summary>An order's row as reservation leaves it, priced, ready to be invoiced.</summary>
    static async Task<PricedOrder> StoreReservedAsync(IServiceProvider services, string externalId)
    {
        var orderId = OrderIds.From("api", "direct", externalId);
        var priced = new PricedOrder(
            orderId, CustomerId.Parse("c-date"), "c-date@example.test", "Ada Buyer", Currency.Parse("EUR"), [new PricedLine(Sku.Parse("CUP-1"), "Cup", 2, 1000, 0.19m, 2000, 380)], 490,
            new PostalAddress("Hauptstraße 1", null, "Berlin", "10115", null, "DE"), Paid: true);
        var now = DateTimeOffset.UtcNow;
        var record = OrderRecord.Accept(orderId, "api", externalId, now, FulfilmentMode.Manual).To(OrderStatus.Reserved, now, priced);
        await services.GetRequiredService<OrderBook>().TryCreateAsync(record, "{}"u8.ToArray(), CancellationToken.None);
        return priced;
    }
}
