using Microsoft.DurableTask;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Reserves the order's stock (<see cref="StockReservation"/>) and records Reserved, or Backordered while any SKU is
/// short. Runs after an approval, and again while backordered; validation reserves in its own step otherwise.
/// </summary>
public sealed class ReserveStockActivity(StockReservation reservation, OrderBook orders, TimeProvider time) : TaskActivity<PricedOrder, ReservationOutcome>
{
    public override async Task<ReservationOutcome> RunAsync(TaskActivityContext context, PricedOrder order)
    {
        var results = await reservation.ReserveAsync(order);
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(order.OrderId, r => r.Reserve(results, now));
        return await reservation.RecordedAsync(record, results);
    }
}
