using System.Text.RegularExpressions;

namespace OrderFlow.Core.Invoicing;

/// <summary>A VAT identifier with its country prefix, such as DE123456789 (BT-31 seller, BT-48 buyer).</summary>
public static partial class VatIdentifier
{
    public const string Pattern = "^[A-Z]{2}[A-Za-z0-9]{2,13}$";

    public const string Requirement = "A VAT identifier starts with its country code, such as DE123456789.";

    public static bool IsValid(string? value) => value is not null && Valid().IsMatch(value);

    [GeneratedRegex(Pattern)]
    private static partial Regex Valid();
}
