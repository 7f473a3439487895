using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OrderFlow.Functions.Pages;

/// <summary>
/// An HTML answer. Nothing loads from elsewhere, no frame may hold it, and neither caches nor search engines keep it.
/// A page reached by a secret link sends no referrer at all (the link must not leak); a back-office page loads the
/// app's own style sheet and sends its origin on its own forms, which the access check's CSRF guard looks for.
/// </summary>
public sealed class HtmlPage(int status, string html, bool secretLink = true) : IResult
{
    const string Common = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public int Status => status;

    public string Html => html;

    /// <summary>Text made safe for an HTML element or a quoted attribute.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static HtmlPage BackOffice(int status, string html) => new(status, html, secretLink: false);

    /// <summary>A whole secret-link document: <paramref name="body"/> in a main landmark, <paramref name="style"/> inline (nothing loads from elsewhere).</summary>
    public static string Document(string title, string body, string style) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<meta name=\"referrer\" content=\"no-referrer\"><title>{Encode(title)}</title><style>{style}</style></head><body><main>{body}</main></body></html>";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = secretLink ? $"{Common}; style-src 'unsafe-inline'" : $"{Common}; style-src 'self'; img-src 'self' data:";
        response.Headers["Referrer-Policy"] = secretLink ? "no-referrer" : "same-origin";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
    }
}
