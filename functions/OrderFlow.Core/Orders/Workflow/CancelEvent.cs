using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A cancel request: the <paramref name="Reason"/> for the order's timeline, and the <paramref name="CustomerReason"/>
/// the customer is told in the cancellation email and on a credit note, when the sender gave one.
/// </summary>
[JsonConverter(typeof(CancelEventJsonConverter))]
public sealed record CancelEvent(string Reason, string? CustomerReason = null);

/// <summary>
/// Reads a cancel request as an object, or as the bare reason string the request was before it carried a reason for
/// the customer: running orders keep such events in their history, and kept requests wait in the relay's table.
/// </summary>
public sealed class CancelEventJsonConverter : JsonConverter<CancelEvent>
{
    public override CancelEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new CancelEvent(reader.GetString()!);
        }
        using var document = JsonDocument.ParseValue(ref reader);
        string? Text(string name) => document.RootElement.EnumerateObject()
            .FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;
        return new CancelEvent(Text("reason") ?? throw new JsonException("A cancel request names its reason."), Text("customerReason"));
    }

    public override void Write(Utf8JsonWriter writer, CancelEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("reason", value.Reason);
        if (value.CustomerReason is { } customerReason)
        {
            writer.WriteString("customerReason", customerReason);
        }
        writer.WriteEndObject();
    }
}
