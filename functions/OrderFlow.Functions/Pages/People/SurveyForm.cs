using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;
using OrderFlow.Functions.Pages.Kit;

namespace OrderFlow.Functions.Pages.People;

/// <summary>
/// The survey form of the create and edit pages: read into the API's <see cref="SurveyInput"/> (so Core validates
/// it exactly as POST /api/surveys does) and shown with each error beside its field. Field names follow the API's
/// error paths ("questions[2].text"), so an error lands beside the control it is about.
/// </summary>
public static partial class SurveyForm
{
    static readonly (string Value, string Text)[] Cadences = [("weekly", "Weekly"), ("biweekly", "Every two weeks"), ("monthly", "Monthly"), ("quarterly", "Quarterly")];
    static readonly (string Value, string Text)[] Types = [("", "(no question)"), ("enps", "eNPS (0–10)"), ("scale", "Agreement (1–5)"), ("choice", "Choice"), ("text", "Free text")];

    // A number that is not one reaches Core as a value out of every range, so Core names the field's allowed range.
    const int NotANumber = int.MinValue;

    public static SurveyInput Read(FormFields form)
    {
        var departments = (form["audience"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var audience = departments.Length == 0 ? new AudienceInput(true, null) : new AudienceInput(null, departments);
        return new SurveyInput(form["title"], Questions(form), form["cadence"], audience,
            Number(form["anonymityThreshold"]), Number(form["reminderAfterDays"]), Number(form["closeAfterDays"]), form["sendAtLocalTime"]);
    }

    /// <summary>The form's question rows in order; a row with neither type, text nor options is an unused slot.</summary>
    static List<QuestionInput?> Questions(FormFields form) =>
        [.. form.Joined().Keys.Select(n => QuestionField().Match(n)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)).Distinct().Order()
            .Select(i => new QuestionInput(form[$"questions[{i}].id"], form[$"questions[{i}].type"], form[$"questions[{i}].text"], Options(form[$"questions[{i}].options"])))
            .Where(q => q.Type is not null || q.Text is not null || q.Options is { Count: > 0 })];

    static List<string?>? Options(string? text) =>
        text is null ? null : [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    static int? Number(string? text) =>
        text is null ? null : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : NotANumber;

    /// <summary>The form for a stored survey, as the edit page first shows it.</summary>
    public static SurveyInput From(Survey survey) => new(
        survey.Title,
        [.. survey.Questions.Select(q => new QuestionInput(q.Id, q.Type.ToString().ToLowerInvariant(), q.Text, [.. q.Options]))],
        survey.Cadence.ToString().ToLowerInvariant(),
        new AudienceInput(survey.Audience.All, [.. survey.Audience.Departments]),
        survey.AnonymityThreshold, survey.ReminderAfterDays, survey.CloseAfterDays,
        survey.SendAtLocalTime.ToString("HH:mm", CultureInfo.InvariantCulture));

    public static SurveyInput Blank { get; } = new(null, [], "monthly", new AudienceInput(true, null), 5, 3, 7, "09:00");

    /// <summary>The whole form posting to <paramref name="action"/>; <paramref name="hidden"/> carries the page's own fields.</summary>
    public static string Render(string action, SurveyInput input, FieldErrors? errors, string submit, string hidden = "")
    {
        var html = new StringBuilder(Fields.ErrorSummary(errors))
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{HtmlPage.Encode(action)}\" class=\"survey-form\">{hidden}")
            .Append(Fields.Text("title", "Title", input.Title, errors, required: true))
            .Append(Fields.Select("cadence", "Cadence", Cadences, input.Cadence, errors, hint: "How often a round opens on its own."))
            .Append(Fields.Text("audience", "Departments", input.Audience?.All == true ? "" : string.Join(", ", input.Audience?.Departments ?? []), errors, hint: "Comma-separated; leave empty to ask everyone."))
            .Append(Fields.Text("anonymityThreshold", "Anonymity threshold", Text(input.AnonymityThreshold), errors, "number", $"No result is shown for fewer answers than this (at least {SurveyInput.MinAnonymityThreshold}).", extra: " inputmode=\"numeric\""))
            .Append(Fields.Text("reminderAfterDays", "Reminder after (days)", Text(input.ReminderAfterDays), errors, "number", extra: " inputmode=\"numeric\""))
            .Append(Fields.Text("closeAfterDays", "Close after (days)", Text(input.CloseAfterDays), errors, "number", extra: " inputmode=\"numeric\""))
            .Append(Fields.Text("sendAtLocalTime", "Send at (each person's local time)", input.SendAtLocalTime, errors, "time"))
            .Append(QuestionRows(input.Questions ?? [], errors))
            .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{HtmlPage.Encode(submit)}</button></form>");
        return html.ToString();
    }

    static string QuestionRows(IReadOnlyList<QuestionInput?> questions, FieldErrors? errors)
    {
        var messages = errors?.For("questions") ?? [];
        var html = new StringBuilder("<fieldset id=\"f-questions\" tabindex=\"-1\"><legend>Questions</legend>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">Up to {SurveyInput.MaxQuestions}; leave a row's type and text empty to leave it out. At most one eNPS question.</p>");
        if (messages.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" id=\"f-questions-error\">{HtmlPage.Encode(string.Join(" ", messages))}</p>");
        }
        var used = questions.Select(q => q?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rows = questions.Concat(Enumerable.Repeat<QuestionInput?>(null, Math.Max(0, SurveyInput.MaxQuestions - questions.Count))).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var q = rows[i];
            var id = q?.Id ?? NextId(used);
            var prefix = $"questions[{i}].";
            html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"question\"><legend>Question {i + 1}</legend><input type=\"hidden\" name=\"{prefix}id\" value=\"{HtmlPage.Encode(id)}\">")
                .Append(Errors(errors, prefix + "id"))
                .Append(Fields.Select(prefix + "type", "Type", Types, q?.Type, errors))
                .Append(Fields.Text(prefix + "text", "Question", q?.Text, errors))
                .Append(Fields.TextArea(prefix + "options", "Options (choice only)", string.Join('\n', q?.Options ?? []), errors, "One option per line."))
                .Append("</fieldset>");
        }
        return html.Append("</fieldset>").ToString();
    }

    /// <summary>An error about a hidden field (a question's ID), shown where the question starts.</summary>
    static string Errors(FieldErrors? errors, string field) =>
        errors?.For(field) is { Count: > 0 } messages ? BackOfficePage.Alert(string.Join(" ", messages)) : "";

    static string NextId(HashSet<string> used)
    {
        var n = 1;
        while (!used.Add($"q{n}"))
        {
            n++;
        }
        return $"q{n}";
    }

    static string? Text(int? value) => value is null or NotANumber ? "" : value.Value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^questions\[(?<i>\d{1,3})\]\.")]
    private static partial Regex QuestionField();
}
