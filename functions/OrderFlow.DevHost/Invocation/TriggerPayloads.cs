using System.Text.Json;
using Azure.Storage.Queues.Models;

namespace OrderFlow.DevHost.Invocation;

/// <summary>Turns a queue message into the parameter type the function asks for; other triggers pass through.</summary>
static class TriggerPayloads
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object? Convert(object? payload, Type type)
    {
        if (payload is not QueueMessage message || type == typeof(QueueMessage))
        {
            return payload;
        }
        if (type == typeof(string))
        {
            return message.Body.ToString();
        }
        if (type == typeof(BinaryData))
        {
            return message.Body;
        }
        if (type == typeof(byte[]))
        {
            return message.Body.ToArray();
        }
        return JsonSerializer.Deserialize(message.Body, type, Json)
            ?? throw new JsonException($"The queue message is JSON null, which cannot bind to {type.Name}.");
    }
}
