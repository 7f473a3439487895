using Microsoft.DurableTask;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Money came in: recorded once per payment reference on the order and its invoice; the order is marked Paid, and
/// Completed (payment is collected after delivery), when the balance is settled. Claimed payments it then never
/// takes are owed back (<see cref="OrderRecord.OweRefunds"/>).
/// </summary>
public sealed class PayOrderActivity(OrderBook orders, InvoiceLedger invoices, OrderAlerts alerts, TimeProvider time) : TaskActivity<PaymentStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PaymentStep step)
    {
        var now = time.GetUtcNow();
        var record = await orders.UpdateAsync(step.OrderId, record => record.Once("payment:" + step.Reference, r =>
        {
            var paid = r with { Payments = [.. r.Payments, new Payment(step.Reference, step.AmountMinor, now)] };
            return step.Settled
                ? (paid.Mark("Paid", now, step.Reference) with { Paid = true }).Enter(OrderStatus.Completed, now).OweRefunds(now)
                : paid.Note("PartiallyPaid", now, step.Reference);
        }), CancellationToken.None);
        // The invoice shows the payment too (finance chases open items from it); both writes are once per reference.
        await invoices.RecordPaymentAsync(step.OrderId, step.Reference, step.AmountMinor, record.Currency!, now, CancellationToken.None);
        await alerts.RefundDueAsync(record);
        return true;
    }
}
