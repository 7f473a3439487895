using Microsoft.DurableTask;
using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A parcel went to the carrier: recorded once per tracking number. The order is Shipped with its last parcel, and
/// the customer told then, with every tracking number; when invoicing on shipment, the invoice is issued then too
/// (one step rather than two: each step costs the workflow a round trip through storage).
/// </summary>
public sealed class ShipOrderActivity(OrderBook orders, CustomerNotices notices, OrderInvoicing invoicing, TimeProvider time) : TaskActivity<ParcelStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ParcelStep step)
    {
        var now = time.GetUtcNow();
        var detail = $"{step.Carrier} {step.TrackingNumber}: {LineQuantities.Describe(step.Lines)}";
        var record = await orders.UpdateAsync(step.OrderId, record => record.Once("parcel:" + step.TrackingNumber, r =>
        {
            var shipped = r with { Shipments = [.. r.Shipments, new Shipment(step.Carrier, step.TrackingNumber, "InTransit", step.Lines)] };
            return step.AllShipped ? shipped.Enter(OrderStatus.Shipped, now, detail) : shipped.Note("PartiallyShipped", now, detail);
        }), CancellationToken.None);
        if (step.AllShipped)
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
