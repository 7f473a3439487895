using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>A currency on the wire and in storage is its ISO 4217 code, "EUR"; anything else does not read.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Currency.TryParse(reader.GetString(), out var currency) ? currency : throw new JsonException("A currency is an ISO 4217 code such as \"EUR\".");

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
