using System.Net.Mail;

namespace OrderFlow.Core.Common;

public static class EmailAddress
{
    /// <summary>A single address as SMTP accepts it, at most 254 characters.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 2 and <= 254 }
        && MailAddress.TryCreate(value.Trim(), out var parsed)
        && parsed.Address == value.Trim();
}
