using Microsoft.DurableTask;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A parcel went to the carrier (<see cref="OrderRecord.ShipParcel"/>): recorded once per tracking number. The order
/// is Shipped with its last parcel, and the customer told then, with every tracking number. When invoicing on
/// shipment, the invoice is issued then too: its number is taken first, so that Shipped and Invoiced are saved in
/// one change of the order (one step rather than two, and one write of the row, its index and its KPI facts).
/// </summary>
public sealed class ShipOrderActivity(OrderBook orders, CustomerNotices notices, OrderInvoicing invoicing, TimeProvider time) : TaskActivity<ParcelStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ParcelStep step)
    {
        DocumentNumber? invoiceNumber = step.Invoice is { } invoice ? await invoicing.TakeNumberAsync(invoice.Order) : null;
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(step.OrderId, r =>
        {
            var shipped = r.ShipParcel(step.Carrier, step.TrackingNumber, step.Lines, now, step.By);
            return invoiceNumber is not { } number ? shipped : shipped.Then(s => s.Invoice(number, now));
        });
        if (record.HasReached(OrderStatus.Shipped))
        {
            await notices.QueueAsync(record, CustomerNotice.Shipped);
        }
        if (invoiceNumber is not null)
        {
            await notices.QueueAsync(record, CustomerNotice.Invoiced);
        }
        return true;
    }
}
