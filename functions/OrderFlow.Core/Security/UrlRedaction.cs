using System.Text.RegularExpressions;

namespace OrderFlow.Core.Security;

/// <summary>
/// Emailed links carry their token in the path (/s/{token}, /m/{token}, /a/{token}) and keyed calls may carry their key as
/// code=: a URL must lose both before a log or a trace records it.
/// </summary>
public static partial class UrlRedaction
{
    public const string Mask = "REDACTED";

    public static string Redact(string text) =>
        Code().Replace(LinkToken().Replace(text, "$1" + Mask), "$1" + Mask);

    [GeneratedRegex(@"(/[sma]/)[^/?#\s""']+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkToken();

    [GeneratedRegex(@"((?:^|[?&])code=)[^&#\s""']*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Code();
}
