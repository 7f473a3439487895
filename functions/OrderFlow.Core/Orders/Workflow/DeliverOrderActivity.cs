using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// The carrier delivered a parcel (or all of them): <see cref="OrderRecord.Deliver"/>. Answers whether every parcel
/// is now delivered, which is when the order becomes Delivered (and Completed, when it is paid).
/// </summary>
public sealed class DeliverOrderActivity(OrderBook orders, TimeProvider time) : TaskActivity<DeliveryStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DeliveryStep step)
    {
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(step.OrderId, r => r.Deliver(step.TrackingNumber, now, step.By));
        return record.AllDelivered;
    }
}
