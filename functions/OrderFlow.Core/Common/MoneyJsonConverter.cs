using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>
/// Money as stored and sent between workflow steps: {"minor":1250,"currency":"EUR"}. Minor units, not a decimal
/// string, so any total reads back exactly; the API shows amounts as <see cref="MoneyDto"/> instead.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money is an object with \"minor\" and \"currency\".");
        }
        long? minor = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "minor", StringComparison.OrdinalIgnoreCase))
            {
                minor = reader.GetInt64();
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }
        return minor is { } amount && Currency.TryParse(currency, out var code)
            ? new Money(amount, code)
            : throw new JsonException("Money needs \"minor\" and an ISO 4217 \"currency\".");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("minor", value.Minor);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
