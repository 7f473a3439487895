using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OrderFlow.Core.Orders;
using OrderFlow.Core.Orders.Intake;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.Orders;

/// <summary>
/// Canonical orders dropped on the order-intake queue (setting "OrderIntakeQueue") by CRM or mail-parsing
/// integrations. A message that is not a valid order fails on every attempt and so ends in the poison queue.
/// </summary>
public sealed class OrderIntakeQueueFunction(OrderIntake intake)
{
    public const string QueueSetting = "OrderIntakeQueue";

    [Function("OrderIntakeQueue")]
    public async Task RunAsync(
        [QueueTrigger("%" + QueueSetting + "%")] string message, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var order = JsonSerializer.Deserialize<CanonicalOrder>(message, JsonBody.Options);
        var errors = CanonicalOrderChecks.CheckDirect(order);
        if (!errors.IsEmpty)
        {
            throw new InvalidDataException("Not a valid order: " + string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
        await intake.AcceptAsync(durable, OrderChannels.Queue, OrderChannels.QueueShop, order!, Encoding.UTF8.GetBytes(message), enteredBy: null, cancellationToken);
    }
}
