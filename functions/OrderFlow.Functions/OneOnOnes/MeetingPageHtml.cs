using System.Globalization;
using OrderFlow.Core.Common;
using OrderFlow.Core.OneOnOnes;
using OrderFlow.Functions.Pages;

namespace OrderFlow.Functions.OneOnOnes;

/// <summary>
/// The meeting page as plain HTML: one form that works without JavaScript, real labels, a fieldset for the agenda
/// ticks, an error summary announced to screen readers, and a layout that fits a phone.
/// </summary>
static class MeetingPageHtml
{
    const string Style = """
        body{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#f6f6f4}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        .note{background:#fff3cd;border-left:4px solid #8a6d00;padding:.5rem .75rem}
        .ok{background:#e6f4ea;border-left:4px solid #1e6b34;padding:.5rem .75rem}
        .errors{background:#fdecea;border-left:4px solid #a4161a;padding:.5rem .75rem}
        fieldset{border:1px solid #767676;border-radius:.25rem;padding:.5rem .75rem;background:#fff}
        .item{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem 0}
        .item input{width:1.4rem;height:1.4rem;margin-top:.15rem;flex:none}
        .meta{display:block;color:#4a4a4a;font-size:.875rem}
        label.field{display:block;font-weight:600;margin-top:1rem}
        input[type=text],textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:.25rem;background:#fff}
        button{font:inherit;font-weight:600;margin-top:1rem;padding:.6rem 1.4rem;border:0;border-radius:.25rem;background:#1f4e9c;color:#fff;min-height:44px}
        :focus-visible{outline:3px solid #1f4e9c;outline-offset:2px}
        """;

    public static string Page(MeetingPage page, FieldErrors? errors = null, bool saved = false)
    {
        var other = Encode(MeetingPageView.Other(page).Name);
        var when = Encode(SeriesWording.When(page.Meeting, page.Series));
        var body = string.Concat(
            $"<h1>One-to-one with {other}</h1>",
            $"<p>{when}, {page.Series.DurationMinutes} minutes.</p>",
            Notice(page, saved),
            ErrorSummary(errors),
            "<form method=\"post\" novalidate>",
            "<h2>Shared agenda</h2>",
            $"<p id=\"agenda-help\">You and {other} both see this list. Open items carry over to the next meeting.</p>",
            Agenda(page),
            "<label class=\"field\" for=\"add\">Add an agenda item</label>",
            $"<input type=\"text\" id=\"add\" name=\"add\" maxlength=\"{MeetingChanges.MaxItemLength}\" autocomplete=\"off\">",
            "<h2>Your private notes</h2>",
            $"<p id=\"notes-help\">Only you can read these notes; {other} cannot see them.</p>",
            "<label class=\"field\" for=\"notes\">Notes for this meeting</label>",
            $"<textarea id=\"notes\" name=\"notes\" rows=\"8\" maxlength=\"{PrivateNotes.MaxLength}\" aria-describedby=\"notes-help\">{Encode(page.Notes)}</textarea>",
            "<button type=\"submit\">Save</button></form>");
        return Document($"One-to-one on {SeriesWording.Date(page.Meeting.LocalStart)}", body);
    }

    public static string Message(string title, string text) => Document(title, $"<h1>{Encode(title)}</h1><p>{Encode(text)}</p>");

    static string Agenda(MeetingPage page)
    {
        if (page.Agenda.Count == 0)
        {
            return "<p>No items yet.</p>";
        }
        var items = page.Agenda.Select(item =>
        {
            var by = item.AddedBy == page.Viewer ? "you" : Encode(page.Series.Get(item.AddedBy).Name);
            var carried = item.AddedFor < page.Meeting.Date ? $", carried over from {item.AddedFor.ToString("d MMMM", CultureInfo.InvariantCulture)}" : "";
            return string.Concat(
                "<div class=\"item\">",
                $"<input type=\"checkbox\" id=\"item-{item.Id}\" name=\"done\" value=\"{item.Id}\"{(item.Done ? " checked" : "")}>",
                $"<input type=\"hidden\" name=\"shown\" value=\"{item.Id}\">",
                $"<label for=\"item-{item.Id}\">{Encode(item.Text)}<span class=\"meta\">Added by {by}{carried}</span></label>",
                "</div>");
        });
        return $"<fieldset aria-describedby=\"agenda-help\"><legend>Tick the items that are done</legend>{string.Concat(items)}</fieldset>";
    }

    static string Notice(MeetingPage page, bool saved) => (MeetingPageView.StatusOf(page), saved) switch
    {
        ("cancelled", _) => "<p class=\"note\" role=\"status\">This one-to-one series has been cancelled.</p>",
        ("skipped", _) => "<p class=\"note\" role=\"status\">This meeting is skipped. Open items carry over to the next one.</p>",
        (_, true) => "<p class=\"ok\" role=\"status\">Saved.</p>",
        _ => "",
    };

    static string ErrorSummary(FieldErrors? errors)
    {
        if (errors is null || errors.IsEmpty)
        {
            return "";
        }
        var list = string.Concat(errors.ToDictionary().SelectMany(e => e.Value).Select(m => $"<li>{Encode(m)}</li>"));
        return $"<div class=\"errors\" role=\"alert\"><h2>Nothing was saved</h2><ul>{list}</ul></div>";
    }

    static string Document(string title, string body) => HtmlPage.Document(title, body, Style);

    static string Encode(string text) => HtmlPage.Encode(text);
}
