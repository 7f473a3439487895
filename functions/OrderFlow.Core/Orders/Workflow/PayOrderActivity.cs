using Microsoft.DurableTask;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Money came in (<see cref="OrderRecord.TakePayment"/>): recorded once per payment reference on the order and its
/// invoice. Claimed payments the order then never takes are owed back, and operations told.
/// </summary>
public sealed class PayOrderActivity(OrderBook orders, InvoiceLedger invoices, OrderAlerts alerts, TimeProvider time) : TaskActivity<PaymentStep, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, PaymentStep step)
    {
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(step.OrderId, r => r.TakePayment(step.Reference, step.Amount, now));
        // The invoice shows the payment too (finance chases open items from it); both writes are once per reference.
        await invoices.RecordPaymentAsync(step.OrderId, step.Reference, step.Amount.Minor, step.Amount.Currency.Code, now, CancellationToken.None);
        await alerts.RefundDueAsync(record);
        return true;
    }
}
