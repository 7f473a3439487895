using System.Text.RegularExpressions;

namespace OrderFlow.Core.Common;

/// <summary>
/// Identifiers that become Table storage keys (SKUs, warehouse, customer and order IDs): 1–64 characters of
/// letters, digits, '.', '_' and '-', so they can never contain the characters keys forbid (/ \ # ?).
/// </summary>
public static partial class EntityKey
{
    public static bool IsValid(string? value) => value is not null && KeyPattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}\\z")]
    private static partial Regex KeyPattern();
}
