using Microsoft.AspNetCore.Http;
using OrderFlow.Functions.Access;

namespace OrderFlow.Functions.Pages.Kit;

/// <summary>
/// Answers of a back-office page. A form post that changed something redirects (303) back to a page with a notice
/// code, so a reload never repeats the action; the page turns the code into its sentence, which keeps any text on
/// the page the app's own (a crafted link cannot put words there).
/// </summary>
public static class BackOfficePage
{
    public const string NoticeParameter = "notice";

    /// <summary>A page in the layout for the signed-in viewer (the access check lets only signed-in people reach a page).</summary>
    public static HtmlPage Show(HttpRequest request, string title, string content, int status = StatusCodes.Status200OK) =>
        HtmlPage.BackOffice(status, Layout.Render(title, request.HttpContext.Viewer(), request.Path.Value ?? "", content));

    /// <summary>303 to <paramref name="path"/> carrying a notice code the page there knows.</summary>
    public static IResult Done(string path, string notice) =>
        new SeeOther($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{NoticeParameter}={Uri.EscapeDataString(notice)}");

    /// <summary>The sentence for the request's notice code, in a live region; nothing for an unknown or absent code.</summary>
    public static string Notice(HttpRequest request, IReadOnlyDictionary<string, string> sentences) =>
        request.Query[NoticeParameter].FirstOrDefault() is { } code && sentences.TryGetValue(code, out var sentence)
            ? $"<p class=\"notice\" role=\"status\">{HtmlPage.Encode(sentence)}</p>"
            : "";

    /// <summary>A refusal shown on the page instead of a notice (the 409 reason when the order's stage forbids an action).</summary>
    public static string Alert(string text) => $"<p class=\"error\" role=\"alert\">{HtmlPage.Encode(text)}</p>";

    sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
