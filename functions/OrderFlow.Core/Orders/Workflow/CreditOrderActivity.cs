using Microsoft.DurableTask;
using OrderFlow.Core.Invoicing;

namespace OrderFlow.Core.Orders.Workflow;

public sealed record CreditRequest(OrderId OrderId, string Reason, DateTimeOffset IssuedAt);

/// <summary>Compensation for an invoiced order that is cancelled: a credit note voids the invoice, once, and the customer gets it by email.</summary>
public sealed class CreditOrderActivity(InvoiceLedger invoices, OrderBook orders, CustomerNotices notices, TimeProvider time) : TaskActivity<CreditRequest, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, CreditRequest request)
    {
        if (await invoices.IssueCreditNoteAsync(request.OrderId, request.Reason, request.IssuedAt, CancellationToken.None) is not { } note)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var record = await orders.ApplyStepAsync(request.OrderId, r => r.Credit(note.Number, now));
        await notices.QueueAsync(record, CustomerNotice.Credited);
        return note.Number.Value;
    }
}
