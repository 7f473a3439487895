using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Orders.Intake;

/// <summary>
/// Orders accepted but not yet started wait here (setting "OrderStartQueue"), so a shop's webhook is answered as
/// soon as the payload, the order row and this message are stored: starting the workflow takes several more round
/// trips to the task hub, which a queue function makes. Each message is one workflow input; the start is idempotent.
/// </summary>
public sealed class OrderStarts
{
    public const string QueueSetting = "OrderStartQueue";

    // A queue message holds 64 KiB, base64 takes a third more: larger inputs are started at once instead.
    const int LargestMessageBytes = 48 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The payload and the order row are written alongside the message; it shows once they are surely stored.
    static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(1);

    readonly QueueClient queue;

    public OrderStarts(QueueServiceClient queues, IConfiguration configuration) =>
        queue = queues.GetQueueClient(configuration[QueueSetting] ?? "order-starts");

    /// <summary>Queues the start; answers false when the input is too large for a message.</summary>
    public async Task<bool> TryEnqueueAsync(OrderWorkflowInput input, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(input, Json);
        if (Encoding.UTF8.GetByteCount(json) > LargestMessageBytes)
        {
            return false;
        }
        await queue.EnsureExistsAsync(cancellationToken);
        await queue.SendMessageAsync(json, StartDelay, cancellationToken: cancellationToken);
        return true;
    }

    public static OrderWorkflowInput Parse(string message) =>
        JsonSerializer.Deserialize<OrderWorkflowInput>(message, Json) ?? throw new JsonException("The start message is empty.");
}
