using System.Net.Mail;

namespace OrderFlow.Core.Common;

public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>A single address as SMTP accepts it, at most 254 characters, none of them a control character.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 2 and <= MaxLength }
        && TextField.IsSingleLine(value, MaxLength)
        && MailAddress.TryCreate(value.Trim(), out var parsed)
        && parsed.Address == value.Trim();
}
