using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Products;

/// <summary>A product's stock-keeping unit: the key of its partition in the Catalogue table (product, stock, reservations).</summary>
[JsonConverter(typeof(StringKeyJsonConverter<Sku>))]
public readonly record struct Sku : IStringKey<Sku>
{
    Sku(string value) => Value = value;

    public static string Rule => "A SKU is 1–64 letters, digits, '.', '_' or '-'.";

    public string Value { get; }

    public static bool TryParse(string? text, out Sku key)
    {
        key = EntityKey.IsValid(text) ? new Sku(text!) : default;
        return key.Value is not null;
    }

    /// <summary>A SKU known to be valid (stored, or checked with <see cref="TryParse"/>).</summary>
    public static Sku Parse(string text) => StringKey.Parse<Sku>(text);

    public override string ToString() => Value;
}
