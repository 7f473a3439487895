using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The carrier delivered a parcel (or all of them). Answers whether every parcel is now delivered, which is when
/// the order becomes Delivered (and Completed, when it is paid).
/// </summary>
public sealed class DeliverOrderActivity(OrderBook orders, TimeProvider time) : TaskActivity<DeliveryStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DeliveryStep step)
    {
        var now = time.GetUtcNow();
        var record = await orders.UpdateAsync(step.OrderId, r =>
        {
            var delivered = r with
            {
                Shipments = [.. r.Shipments.Select(s => step.TrackingNumber is null || s.TrackingNumber == step.TrackingNumber ? s with { Status = "Delivered" } : s)],
            };
            if (delivered.Shipments.SequenceEqual(r.Shipments))
            {
                return r;
            }
            if (delivered.Shipments.All(s => s.Status == "Delivered"))
            {
                var arrived = delivered.Enter(OrderStatus.Delivered, now);
                return step.Completes ? arrived.Enter(OrderStatus.Completed, now) : arrived;
            }
            return delivered.Note("PartiallyDelivered", now, step.TrackingNumber);
        }, CancellationToken.None);
        return record.Shipments.All(s => s.Status == "Delivered");
    }
}
