using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders.Intake;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Starts the workflows of accepted orders (queue setting "OrderStartQueue"); a start that keeps failing ends in the
/// poison queue, from where a timer gives it another round every ten minutes once its order is stored.
/// </summary>
public sealed class OrderStartQueueFunction(OrderIntake intake, OrderStarts starts)
{
    [Function("StartOrderWorkflow")]
    public Task RunAsync(
        [QueueTrigger("%" + OrderStarts.QueueSetting + "%")] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        intake.StartAsync(durable, OrderStarts.Parse(message), cancellationToken);

    [Function("RetryPoisonedOrderStarts")]
    public Task RetryPoisonedAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        starts.RetryPoisonedAsync(cancellationToken);
}
