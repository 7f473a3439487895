using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Customers;

/// <summary>A customer's ID, the key of its row in the Customers table.</summary>
[JsonConverter(typeof(StringKeyJsonConverter<CustomerId>))]
public readonly record struct CustomerId : IStringKey<CustomerId>
{
    CustomerId(string value) => Value = value;

    public static string Rule => "A customer ID is 1–64 letters, digits, '.', '_' or '-'.";

    public string Value { get; }

    public static bool TryParse(string? text, out CustomerId key)
    {
        key = EntityKey.IsValid(text) ? new CustomerId(text!) : default;
        return key.Value is not null;
    }

    /// <summary>A customer ID known to be valid (stored, or checked with <see cref="TryParse"/>).</summary>
    public static CustomerId Parse(string text) => StringKey.Parse<CustomerId>(text);

    public override string ToString() => Value;
}
