using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Access;

/// <summary>
/// Whether a request was sent by a page of this app: its Origin header (or, when a browser sends none, its Referer)
/// names the host the request was sent to. A request with neither is not from the app's own pages.
/// </summary>
public static class SameOrigin
{
    public static bool IsOwnSite(HttpRequest request)
    {
        var source = request.Headers.Origin.FirstOrDefault() is { Length: > 0 } origin && origin != "null" ? origin : request.Headers.Referer.FirstOrDefault();
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && request.Host.HasValue
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
