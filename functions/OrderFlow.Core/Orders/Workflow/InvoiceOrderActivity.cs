using Microsoft.DurableTask;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Issues the order's invoice for what shipped (the next gap-free number) and records it.</summary>
public sealed class InvoiceOrderActivity(InvoiceLedger invoices, OrderBook orders, TimeProvider time) : TaskActivity<InvoiceRequest, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, InvoiceRequest request)
    {
        var order = request.Order;
        var invoice = await invoices.IssueAsync(number => new Invoice(
            number,
            order.OrderId,
            order.CustomerId,
            request.IssuedAt,
            order.Currency,
            order.Paid ? "Paid" : "Open",
            [.. order.Lines.Select(l => new InvoiceLine(l.Sku, l.Description, l.Quantity, l.UnitPriceMinor, l.TaxRate, l.NetMinor, l.TaxMinor))],
            order.ShippingMinor), order.OrderId, request.IssuedAt, CancellationToken.None);
        var now = time.GetUtcNow();
        await orders.UpdateAsync(order.OrderId, record => record.Enter(OrderStatus.Invoiced, now, invoice.Number) with { InvoiceNumber = invoice.Number }, CancellationToken.None);
        return invoice.Number;
    }
}
