using System.Globalization;
using System.Text;
using static System.Net.WebUtility;
using Microsoft.AspNetCore.Http;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Functions.Surveys;

/// <summary>The survey answer page: plain HTML that works without JavaScript, readable on a phone and by screen readers.</summary>
public static class AnswerPage
{
    const string Style = "body{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a}"
        + "fieldset{border:1px solid #888;border-radius:.5rem;margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}"
        + ".scale{display:flex;flex-wrap:wrap;gap:.25rem}.scale label{display:flex;flex-direction:column;align-items:center;min-width:2.75rem;padding:.25rem;border:1px solid #bbb;border-radius:.25rem}"
        + ".ends{display:flex;justify-content:space-between;font-size:.9rem}label.option{display:block;padding:.35rem 0}textarea{width:100%;min-height:6rem;font:inherit}"
        + "button{font:inherit;padding:.6rem 1.5rem;border-radius:.4rem;border:0;background:#0b5cad;color:#fff}.error{color:#a40000;font-weight:600}"
        + ":focus-visible{outline:3px solid #f5a623;outline-offset:2px}";

    public static HtmlPage Form(AnswerContext context, FieldErrors? errors = null, IReadOnlyDictionary<string, string?>? given = null)
    {
        var survey = context.Survey;
        IDictionary<string, string[]> problems = errors?.ToDictionary() ?? new Dictionary<string, string[]>();
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlEncode(survey.Title)}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>Your answers are anonymous: they are stored without your name, email or employee ID, with the date only, and results are shown only for groups of at least {survey.AnonymityThreshold} people. We note separately that you answered, so that you get no reminder. Every question may be skipped.</p>");
        if (problems.Count > 0)
        {
            var summary = problems.TryGetValue("answers", out var overall) ? string.Join(" ", overall) : "Some answers need a second look: see the messages below.";
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{HtmlEncode(summary)}</p>");
        }
        body.Append("<form method=\"post\">");
        foreach (var question in survey.Questions)
        {
            body.Append(QuestionHtml.Render(question, given?.GetValueOrDefault(question.Id), problems.TryGetValue(question.Id, out var messages) ? messages : null));
        }
        body.Append("<button type=\"submit\">Send my answers</button></form>");
        return new HtmlPage(problems.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, Document(survey.Title, body.ToString()));
    }

    public static HtmlPage Thanks(Survey survey) =>
        Message(StatusCodes.Status200OK, "Thank you", $"Your answers to “{survey.Title}” are saved, anonymously. This link now stops working.");

    public static HtmlPage AlreadyAnswered() =>
        Message(StatusCodes.Status410Gone, "Already answered", "This link has been used to answer already, and works once only. Nothing new was saved.");

    public static HtmlPage Closed() =>
        Message(StatusCodes.Status410Gone, "This survey has closed", "This survey round is closed, so answers are no longer taken. Thank you all the same.");

    /// <summary>For any link we cannot honour: it says nothing about why, so guessing learns nothing.</summary>
    public static HtmlPage NotFound() =>
        Message(StatusCodes.Status404NotFound, "Page not found", "This link does not lead to a survey. Please use the link in your email as it is.");

    static HtmlPage Message(int status, string title, string text) =>
        new(status, Document(title, $"<h1>{HtmlEncode(title)}</h1><p>{HtmlEncode(text)}</p>"));

    static string Document(string title, string body) => HtmlPage.Document(title, body, Style);
}
