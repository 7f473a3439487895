using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>Handed to the carrier: the shipment and its tracking number are recorded once.</summary>
public sealed class ShipOrderActivity(OrderBook orders, TimeProvider time) : TaskActivity<ShipmentInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ShipmentInput input)
    {
        var now = time.GetUtcNow();
        await orders.UpdateAsync(input.OrderId, record => record.HasReached(OrderStatus.Shipped)
            ? record
            : record.Enter(OrderStatus.Shipped, now, $"{input.Carrier} {input.TrackingNumber}") with
            {
                Shipments = [.. record.Shipments, new Shipment(input.Carrier, input.TrackingNumber, "InTransit")],
            },
            CancellationToken.None);
        return true;
    }
}
