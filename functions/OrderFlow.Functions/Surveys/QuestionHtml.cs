using System.Globalization;
using System.Text;
using static System.Net.WebUtility;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Functions.Surveys;

/// <summary>One question as a fieldset: radio buttons for numbers and choices, a text area for text.</summary>
static class QuestionHtml
{
    public static string Render(Question question, string? given, string[]? problems)
    {
        var id = HtmlEncode(question.Id);
        var error = problems is { Length: > 0 } ? $"<p class=\"error\" id=\"{id}-error\">{HtmlEncode(string.Join(" ", problems))}</p>" : "";
        var described = error.Length > 0 ? $" aria-describedby=\"{id}-error\"" : "";
        var html = new StringBuilder($"<fieldset{described}><legend>{HtmlEncode(question.Text)}</legend>{error}");
        html.Append(question.Type switch
        {
            QuestionType.Enps => Scale(question.Id, 0, 10, "Not at all likely", "Extremely likely", given),
            QuestionType.Scale => Scale(question.Id, 1, 5, "Strongly disagree", "Strongly agree", given),
            QuestionType.Choice => string.Concat(question.Options.Select(o => Radio(question.Id, o, given, "option"))),
            _ => $"<label for=\"{id}\">Your answer (optional)</label><textarea id=\"{id}\" name=\"{id}\" maxlength=\"{AnswerInput.MaxTextLength}\">{HtmlEncode(given ?? "")}</textarea>",
        });
        return html.Append("</fieldset>").ToString();
    }

    static string Scale(string name, int min, int max, string low, string high, string? given)
    {
        var ends = $"<p class=\"ends\" aria-hidden=\"true\"><span>{min} = {low}</span><span>{max} = {high}</span></p>";
        var radios = Enumerable.Range(min, max - min + 1).Select(v => Radio(name, v.ToString(CultureInfo.InvariantCulture), given, null, Spoken(v, min, max, low, high)));
        return $"{ends}<div class=\"scale\">{string.Concat(radios)}</div>";
    }

    /// <summary>The ends carry their words for screen readers, so "0" is heard as "0, Not at all likely".</summary>
    static string? Spoken(int value, int min, int max, string low, string high) =>
        value == min ? $"{value}, {low}" : value == max ? $"{value}, {high}" : null;

    static string Radio(string name, string value, string? given, string? css, string? spoken = null)
    {
        var check = value == given ? " checked" : "";
        var label = css is null ? "<label>" : $"<label class=\"{css}\">";
        var aria = spoken is null ? "" : $" aria-label=\"{HtmlEncode(spoken)}\"";
        return $"{label}<input type=\"radio\" name=\"{HtmlEncode(name)}\" value=\"{HtmlEncode(value)}\"{aria}{check}> {HtmlEncode(value)}</label>";
    }
}
