using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// JSON text of any shape, written by hand so it can hold what a serializer would never write: numbers beyond every
/// .NET type, escaped lone surrogates, raw non-ASCII. Each generator answers JSON text.
/// </summary>
public static class AnyJson
{
    /// <summary>Numbers at the edges: huge, tiny, negative, exponents, beyond long and decimal.</summary>
    public static readonly Gen<string> Number = Gen.OneOf(
        Gen.Choose(-1000, 100_000).Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Choose(-99_999, 999_999).Select(i => (i / 100m).ToString(CultureInfo.InvariantCulture)),
        Gen.Elements(
            "0", "-0", "0.1", "1e3", "1E+2", "-1e-7", "1e400", "-1e400", "1e-400", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "2147483648", "79228162514264337593543950335", "79228162514264337593543950336",
            "123456789012345678901234567890.123456789", "0.0000000000000000000000000000001", "24.4999999999999999999999999999",
            "10000000000", "100000000.005", "0.005", "2.675"));

    public static readonly Gen<string> Scalar = Gen.Frequency(
        (1, Gen.Constant("null")),
        (1, Gen.Elements("true", "false")),
        (3, Number),
        (4, AnyText.TextOrLong.Select(JsonString)));

    /// <summary>Any value, nested up to <paramref name="depth"/> levels of arrays and objects.</summary>
    public static Gen<string> Value(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (5, Scalar),
            (1, Gen.Sized(size => Gen.ListOf(Value(depth - 1), Math.Min(size, 4))).Select(JsonArray)),
            (1, Gen.Sized(size => Gen.ListOf(Gen.Zip(AnyText.Mostly("id", "sku", "price", "quantity"), Value(depth - 1)), Math.Min(size, 4)))
                .Select(fields => JsonObject(fields.Select(f => (f.Item1, f.Item2))))));

    public static readonly Gen<string> Any = Value(3);

    public static string JsonArray(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    public static string JsonObject(IEnumerable<(string Name, string Json)> fields) =>
        "{" + string.Join(",", fields.Select(f => JsonString(f.Name) + ":" + f.Json)) + "}";

    /// <summary>A JSON string literal: printable ASCII as is, other BMP letters raw, everything else \u-escaped (lone surrogates too).</summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '\u007F')
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }
        return json.Append('"').ToString();
    }
}
