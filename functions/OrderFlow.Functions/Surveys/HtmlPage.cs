using System.Text;
using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Surveys;

/// <summary>
/// An HTML answer, with headers for pages reached by a secret link: nothing loads from elsewhere, the link is never
/// sent on as a referrer, and neither caches nor search engines keep the page.
/// </summary>
public sealed class HtmlPage(int status, string html) : IResult
{
    public int Status => status;

    public string Html => html;

    /// <summary>A whole document: <paramref name="body"/> in a main landmark, <paramref name="style"/> inline (nothing loads from elsewhere).</summary>
    public static string Document(string title, string body, string style) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<meta name=\"referrer\" content=\"no-referrer\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title><style>{style}</style></head><body><main>{body}</main></body></html>";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
    }
}
