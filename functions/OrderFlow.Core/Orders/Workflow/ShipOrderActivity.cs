using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A parcel went to the carrier (<see cref="OrderRecord.ShipParcel"/>): recorded once per tracking number. The order
/// is Shipped with its last parcel, and the customer told then, with every tracking number; when invoicing on
/// shipment, the invoice is issued then too (one step rather than two: each step costs the workflow a round trip
/// through storage).
/// </summary>
public sealed class ShipOrderActivity(OrderBook orders, CustomerNotices notices, OrderInvoicing invoicing, TimeProvider time) : TaskActivity<ParcelStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ParcelStep step)
    {
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(step.OrderId.Value, r => r.ShipParcel(step.Carrier, step.TrackingNumber, step.Lines, now));
        if (record.HasReached(OrderStatus.Shipped))
        {
            await notices.QueueAsync(record, CustomerNotice.Shipped);
        }
        if (step.Invoice is { } invoice)
        {
            await invoicing.IssueAsync(invoice);
        }
        return true;
    }
}
