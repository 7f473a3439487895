using System.Text.Json;
using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// A request to cancel the order: the <paramref name="Reason"/> for its timeline, who sent it (none: a shop, or
/// OrderFlow), and the <paramref name="CustomerReason"/> the customer is told in the cancellation email and on a
/// credit note, when the sender gave one.
/// </summary>
[JsonConverter(typeof(CancelRequestJson))]
public sealed record CancelRequest(string Reason, Actor? By = null, string? CustomerReason = null);

/// <summary>Staff asked for the flagged step to run again; <paramref name="Flag"/> is the count of the flag it answers.</summary>
[JsonConverter(typeof(RetryRequestJson))]
public sealed record RetryRequest(int Flag, Actor? By = null);

/// <summary>
/// Reads a cancel request also as the bare reason it once was: orders waiting for days keep such events in their
/// workflow history (and kept events in PendingOrderEvents), and replay reads them again. Its shape is fixed (camelCase,
/// read in any case) whatever the caller's options: kept events are written by the relay and read by the workflow.
/// </summary>
sealed class CancelRequestJson : JsonConverter<CancelRequest>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override CancelRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new CancelRequest(reader.GetString()!);
        }
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, Json)!;
        return new CancelRequest(shape.Reason, shape.By, shape.CustomerReason);
    }

    public override void Write(Utf8JsonWriter writer, CancelRequest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Shape(value.Reason, value.By, value.CustomerReason), Json);

    sealed record Shape(string Reason, Actor? By, string? CustomerReason);
}

/// <summary>Reads a retry request also as the bare flag count it once was (see <see cref="CancelRequestJson"/>).</summary>
sealed class RetryRequestJson : JsonConverter<RetryRequest>
{
    public override RetryRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new RetryRequest(reader.GetInt32());
        }
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, CancelRequestJson.Json)!;
        return new RetryRequest(shape.Flag, shape.By);
    }

    public override void Write(Utf8JsonWriter writer, RetryRequest value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Shape(value.Flag, value.By), CancelRequestJson.Json);

    sealed record Shape(int Flag, Actor? By);
}
