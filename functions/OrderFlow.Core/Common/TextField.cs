namespace OrderFlow.Core.Common;

/// <summary>
/// Limits on the free text that reaches documents: names and address lines go into invoice rows, UBL XML and emails.
/// XML cannot hold a control character (a UBL invoice naming one would fail every time it is asked for), and a very
/// long name breaks a table row, so both are refused at the door, field by field.
/// </summary>
public static class TextField
{
    public const int Name = 200;
    public const int AddressLine = 200;
    public const int City = 100;
    public const int PostalCode = 20;
    public const int Region = 100;
    public const int Department = 100;
    public const int Reference = 100;

    /// <summary>Records an error unless <paramref name="text"/> is missing or fits; answers whether it does.</summary>
    public static bool Check(string? text, int maxLength, string field, FieldErrors errors) =>
        errors.Require(text is null || IsSingleLine(text, maxLength), field, $"At most {maxLength} characters on one line, without control characters.");

    /// <summary>
    /// At most <paramref name="maxLength"/> UTF-16 characters, none of them a control character (C0, DEL, C1, which
    /// includes line breaks and tabs), a lone surrogate or U+FFFE/U+FFFF: all of these XML refuses or a row cannot show.
    /// </summary>
    public static bool IsSingleLine(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }
        return true;
    }
}
