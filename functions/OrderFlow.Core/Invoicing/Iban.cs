using System.Numerics;

namespace OrderFlow.Core.Invoicing;

/// <summary>An IBAN (ISO 13616): country, two check digits and the account, valid when its mod-97 check holds.</summary>
public static class Iban
{
    public static bool IsValid(string? value)
    {
        if (value is not { Length: >= 15 and <= 34 } || !value.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]))
        {
            return false;
        }
        var digits = string.Concat((value[4..] + value[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
