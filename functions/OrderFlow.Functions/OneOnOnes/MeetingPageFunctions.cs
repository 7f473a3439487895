using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Core.Security;
using OrderFlow.Functions.Http;

namespace OrderFlow.Functions.OneOnOnes;

/// <summary>
/// A participant's meeting page behind their emailed link: HTML for people (a plain form POST saves it), JSON for
/// GET with Accept: application/json and for PUT. Any link that is not valid gets the same 404, whatever is wrong.
/// </summary>
public sealed class MeetingPageFunctions(MeetingRoom room)
{
    const int MaxFormBytes = 64 * 1024;

    [Function("GetMeetingPage")]
    [Description("A participant's page for one meeting: the shared agenda and their private notes (HTML, or JSON on request).")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/m/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var opened = await room.OpenAsync(token, cancellationToken);
        if (WantsJson(request))
        {
            return opened.Page is { } page ? TypedResults.Ok(MeetingPageView.From(page)) : JsonRefusal(opened);
        }
        return opened.Page is { } html ? LinkPageResponses.Html(request, MeetingPageHtml.Page(html, saved: request.Query.ContainsKey("saved"))) : HtmlRefusal(request, opened);
    }

    [Function("PutMeetingPage")]
    [Description("Adds agenda items, ticks items done and saves the participant's private notes: {\"add\":[...],\"done\":{\"id\":true},\"notes\":\"...\"}.")]
    public async Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/m/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<MeetingChanges>(request, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }
        var changed = await room.ChangeAsync(token, body.Value!, cancellationToken);
        return changed switch
        {
            { Errors: { } errors } => Problems.Validation(errors),
            { Page: { } page } => TypedResults.Ok(MeetingPageView.From(page)),
            _ => JsonRefusal(changed),
        };
    }

    [Function("PostMeetingPage")]
    [Description("The meeting page's HTML form: saves like PUT, then shows the page again.")]
    public async Task<IResult> PostFormAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/m/{token}")] HttpRequest request, string token, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be a form (application/x-www-form-urlencoded).");
        }
        if (request.ContentLength is null)
        {
            return Problems.Status(StatusCodes.Status411LengthRequired, "The form must say its length (Content-Length).");
        }
        if (request.ContentLength > MaxFormBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The form is over {MaxFormBytes / 1024} KiB.");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var changed = await room.ChangeAsync(token, FromForm(form), cancellationToken);
        return changed switch
        {
            { Errors: { } errors, Page: { } page } => LinkPageResponses.Html(request, MeetingPageHtml.Page(page, errors), StatusCodes.Status400BadRequest),
            { Page: not null } => SeeOther(request, $"{request.PathBase}{request.Path}?saved=1"),
            _ => HtmlRefusal(request, changed),
        };
    }

    /// <summary>Ticked boxes come as "done"; "shown" lists every item the form showed, so an unticked one reopens.</summary>
    static MeetingChanges FromForm(IFormCollection form)
    {
        var ticked = form["done"].ToHashSet(StringComparer.Ordinal);
        var done = form["shown"].Where(id => id is not null).Distinct().ToDictionary(id => id!, ticked.Contains);
        var add = form["add"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        return new MeetingChanges(add, done, form.ContainsKey("notes") ? form["notes"].ToString() : null);
    }

    /// <summary>303: the browser shows the saved page with a GET, so a reload does not post the form again.</summary>
    static StatusCodeHttpResult SeeOther(HttpRequest request, string location)
    {
        request.HttpContext.Response.Headers.Location = location;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    static IResult JsonRefusal(RoomResult result) => result.Status == LinkStatus.Expired
        ? Problems.Status(StatusCodes.Status410Gone, "This link has expired.")
        : Problems.Status(StatusCodes.Status404NotFound, "Not found.");

    static IResult HtmlRefusal(HttpRequest request, RoomResult result) =>
        result.Status == LinkStatus.Expired ? LinkPageResponses.Expired(request) : LinkPageResponses.NotFound(request);
}
