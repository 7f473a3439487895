using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>A key is its plain string in JSON, as a value and as a dictionary's property name; an invalid one does not read.</summary>
public sealed class StringKeyJsonConverter<TKey> : JsonConverter<TKey> where TKey : struct, IStringKey<TKey>
{
    public override TKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, TKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override TKey ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TKey value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);

    static TKey Parse(string? text) => TKey.TryParse(text, out var key) ? key : throw new JsonException($"'{text}': {TKey.Rule}");
}
