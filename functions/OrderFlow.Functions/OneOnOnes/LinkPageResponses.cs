using System.Text;
using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.OneOnOnes;

/// <summary>
/// HTML answers for link pages. The token is in the address, so pages are never cached, never send it on as a
/// referrer, and load nothing from elsewhere (no scripts at all; inline styles only).
/// </summary>
static class LinkPageResponses
{
    public static IResult Html(HttpRequest request, string html, int status = StatusCodes.Status200OK)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Robots-Tag"] = "noindex";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Any link that is not a valid one: says nothing about why, or what it might have opened.</summary>
    public static IResult NotFound(HttpRequest request) =>
        Html(request, MeetingPageHtml.Message("Link not found", "This link does not work. Please check that you copied the whole address from your email."), StatusCodes.Status404NotFound);

    public static IResult Expired(HttpRequest request) =>
        Html(request, MeetingPageHtml.Message("Link expired", "This link has expired. A new one comes by email the day before your next meeting."), StatusCodes.Status410Gone);
}
