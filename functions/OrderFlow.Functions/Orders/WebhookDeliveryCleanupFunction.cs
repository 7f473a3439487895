using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Orders.Channels;

namespace OrderFlow.Functions.Orders;

/// <summary>Once a night, forgets the shop deliveries older than a week: tables keep rows until they are deleted.</summary>
public sealed class WebhookDeliveryCleanupFunction(WebhookDeliveries deliveries)
{
    [Function("ForgetExpiredWebhookDeliveries")]
    public Task RunAsync([TimerTrigger("0 15 3 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        deliveries.ForgetExpiredAsync(cancellationToken);
}
