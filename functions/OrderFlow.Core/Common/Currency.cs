using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>An ISO 4217 currency code with its minor-unit exponent (EUR 2, JPY 0, KWD 3).</summary>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly record struct Currency
{
    // Currencies whose minor unit is not the usual hundredth (ISO 4217 facts).
    static readonly Dictionary<string, int> UnusualExponents = new(StringComparer.Ordinal)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    };

    Currency(string code) => Code = code;

    public string Code { get; }

    public int Exponent => UnusualExponents.GetValueOrDefault(Code, 2);

    public static bool TryParse(string? code, out Currency currency)
    {
        currency = default;
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }
        currency = new Currency(code);
        return true;
    }

    public static Currency Parse(string code) =>
        TryParse(code, out var currency) ? currency : throw new FormatException($"'{code}' is not an ISO 4217 currency code.");

    public override string ToString() => Code;
}
