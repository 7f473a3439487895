using Microsoft.DurableTask;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.Orders.Workflow;

public enum CustomerNotice { Confirmed, Shipped, Invoiced }

public sealed record NoticeRequest(string OrderId, CustomerNotice Notice);

/// <summary>Queues the customer's email for a step; the outbox sends it once per order and notice.</summary>
public sealed class NotifyCustomerActivity(OrderBook orders, EmailOutbox outbox) : TaskActivity<NoticeRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, NoticeRequest request)
    {
        var record = await orders.FindAsync(request.OrderId, CancellationToken.None);
        if (record?.Priced is null)
        {
            return false;
        }
        await outbox.EnqueueAsync(OrderEmails.Compose(record, request.Notice), CancellationToken.None);
        return true;
    }
}
