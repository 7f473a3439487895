using System.Text.Json.Serialization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Orders;

/// <summary>An order's ID: the key of its row in the Orders table and its workflow's instance ID (<see cref="OrderIds"/>).</summary>
[JsonConverter(typeof(StringKeyJsonConverter<OrderId>))]
public readonly record struct OrderId : IStringKey<OrderId>
{
    OrderId(string value) => Value = value;

    public static string Rule => "An order ID is 1–64 letters, digits, '.', '_' or '-'.";

    public string Value { get; }

    public static bool TryParse(string? text, out OrderId key)
    {
        key = EntityKey.IsValid(text) ? new OrderId(text!) : default;
        return key.Value is not null;
    }

    /// <summary>An order ID known to be valid (stored, derived, or checked with <see cref="TryParse"/>).</summary>
    public static OrderId Parse(string text) => StringKey.Parse<OrderId>(text);

    public override string ToString() => Value;
}
