using System.Globalization;
using System.Text.Json;

namespace OrderFlow.Core.Orders.Channels;

/// <summary>
/// Lenient reads for shop payloads: a missing or wrong-typed field gives null instead of an exception, so the
/// order is still mapped and validation can name every missing field at once.
/// </summary>
static class JsonFields
{
    /// <summary>Parses the body, or says in plain words why it is not a JSON object whose text can all be read.</summary>
    public static JsonDocument? TryParseObject(ReadOnlyMemory<byte> body, out ChannelMessage.Invalid? invalid)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            invalid = new ChannelMessage.Invalid("$", "The body is not valid JSON: " + error.Message);
            return null;
        }
        invalid = document.RootElement.ValueKind != JsonValueKind.Object
            ? new ChannelMessage.Invalid("$", $"The body is JSON but not an object (found {document.RootElement.ValueKind}).")
            : UnreadableText(document.RootElement, "$") is { } path
            ? new ChannelMessage.Invalid(path, "The text is not valid Unicode: it holds a lone surrogate.")
            : null;
        if (invalid is null)
        {
            return document;
        }
        document.Dispose();
        return null;
    }

    /// <summary>
    /// The path of the first name or string that cannot be read as text. JSON lets "\ud800" (half a surrogate pair)
    /// be escaped, the parser accepts it, and reading it throws; finding it here refuses the body at the door.
    /// </summary>
    static string? UnreadableText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!CanRead(() => property.Name))
                    {
                        return path;
                    }
                    if (UnreadableText(property.Value, Member(path, property.Name)) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (UnreadableText(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.String:
                return CanRead(element.GetString) ? null : path;
            default:
                return null;
        }
    }

    /// <summary>"customer.first_name"; an empty name as "$['']" or "customer['']", so the path never comes out blank.</summary>
    static string Member(string path, string name) => name.Length == 0 ? $"{path}['']" : path == "$" ? name : $"{path}.{name}";

    static bool CanRead(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static JsonElement? Object(this JsonElement parent, string name) =>
        Field(parent, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static JsonElement? Array(this JsonElement parent, string name) =>
        Field(parent, name) is { ValueKind: JsonValueKind.Array } value ? value : null;

    /// <summary>A non-blank string; blanks count as missing, as shops send "" for fields nobody filled in.</summary>
    public static string? Text(this JsonElement parent, string name) =>
        Field(parent, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text
            && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static int? Int(this JsonElement parent, string name) =>
        Field(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    /// <summary>An ID that shops send as a JSON integer (or sometimes a string), as invariant text.</summary>
    public static string? Id(this JsonElement parent, string name) => Field(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var id) => id.ToString(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.String } => parent.Text(name),
        _ => null,
    };

    /// <summary>
    /// An amount as a decimal string. A string is passed on as sent, for validation to judge; a JSON number is read
    /// as a decimal (never through double) and written with <paramref name="decimals"/> places, half away from zero.
    /// </summary>
    public static string? Amount(this JsonElement parent, string name, int decimals) => Field(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var amount) => Format(amount, decimals),
        { ValueKind: JsonValueKind.String } => parent.Text(name),
        _ => null,
    };

    /// <summary>Stands for an amount that was sent but cannot be read; validation refuses it like any bad amount.</summary>
    public const string Unreadable = "unreadable";

    /// <summary>
    /// An amount whose absence means zero, such as shipping: missing or null gives null, but a value that is there
    /// and cannot be read gives <see cref="Unreadable"/>, so that it is refused rather than taken as nothing.
    /// </summary>
    public static string? OptionalAmount(this JsonElement parent, string name, int decimals) =>
        Field(parent, name) is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } ? parent.Amount(name, decimals) ?? Unreadable : null;

    /// <summary>
    /// The sum of amounts as a decimal string (decimal addition keeps the widest scale: "4.90" + "5.00" is "9.90"),
    /// or <see cref="Unreadable"/> when one is missing, cannot be read or the sum is beyond range: validation then
    /// refuses it, we neither guess nor charge nothing.
    /// </summary>
    public static string Sum(IEnumerable<string?> amounts)
    {
        var total = 0m;
        foreach (var text in amounts)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
                || Math.Abs(amount) > decimal.MaxValue / 2 - Math.Abs(total))
            {
                return Unreadable;
            }
            total += amount;
        }
        return total.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A unit amount times a quantity as a decimal string; null when either is missing.</summary>
    public static string? Times(string? amount, int? quantity) =>
        amount is null || quantity is null ? null
        : decimal.TryParse(amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unit)
            && Math.Abs(unit) <= decimal.MaxValue / MaxQuantity ? (unit * quantity.Value).ToString(CultureInfo.InvariantCulture)
        : Unreadable;

    // Far above any quantity intake accepts; it only keeps the product within decimal range.
    const int MaxQuantity = int.MaxValue;

    /// <summary>The items of an array field; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement parent, string name) =>
        parent.Array(name)?.EnumerateArray() ?? Enumerable.Empty<JsonElement>();

    public static string Format(decimal amount, int decimals) =>
        Math.Round(amount, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>First and last name joined; null when both are missing.</summary>
    public static string? FullName(this JsonElement parent, string first, string last)
    {
        string?[] parts = [parent.Text(first)?.Trim(), parent.Text(last)?.Trim()];
        var name = string.Join(' ', parts.Where(part => !string.IsNullOrEmpty(part)));
        return name.Length > 0 ? name : null;
    }

    static JsonElement? Field(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : null;
}
