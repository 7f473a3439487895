namespace OrderFlow.Core.Common;

/// <summary>
/// Reads an enum value from its name alone, in any case. Enum.TryParse also takes numbers and comma-joined names,
/// which it ORs into another value ("Validated,OnHold" would read as Reserved); no caller of our API means those.
/// </summary>
public static class EnumName
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is { Length: > 0 } && text.All(char.IsLetter) && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
