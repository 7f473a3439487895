using System.Globalization;
using System.Text.RegularExpressions;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Surveys;

/// <summary>POST /surveys body; <see cref="Validate"/> lists every problem at once.</summary>
public sealed partial record SurveyInput(
    string? Title,
    IReadOnlyList<QuestionInput?>? Questions,
    string? Cadence,
    AudienceInput? Audience,
    int? AnonymityThreshold,
    int? ReminderAfterDays,
    int? CloseAfterDays,
    string? SendAtLocalTime)
{
    public const int MaxQuestions = 10;
    public const int MinAnonymityThreshold = 3;

    public Survey? Validate(string id, DateTimeOffset now, FieldErrors errors, Actor? createdBy = null)
    {
        var before = errors.Count;
        errors.Require(!string.IsNullOrWhiteSpace(Title) && Title.Trim().Length <= 200, "title", "A title of 1–200 characters is required.");
        var questions = ValidateQuestions(errors);
        errors.Require(CadencePeriods.TryParse(Cadence, out var cadence), "cadence", "Cadence is weekly, biweekly, monthly or quarterly.");
        var audience = ValidateAudience(errors);
        var threshold = AnonymityThreshold ?? 5;
        errors.Require(threshold is >= MinAnonymityThreshold and <= 1000, "anonymityThreshold", $"The anonymity threshold is {MinAnonymityThreshold}–1000 (default 5).");
        var close = CloseAfterDays ?? 7;
        errors.Require(close is >= 1 and <= 90, "closeAfterDays", "Rounds close after 1–90 days.");
        var remind = ReminderAfterDays ?? 3;
        errors.Require(remind >= 0 && remind < close, "reminderAfterDays", "The reminder goes out 0 or more days after a round opens, before it closes.");
        var sendAt = SendAtLocalTime ?? "09:00";
        errors.Require(TimeOnly.TryParseExact(sendAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sendTime), "sendAtLocalTime", "A local time such as \"09:00\" (24-hour HH:mm).");
        return errors.Count == before
            ? new Survey(id, Title!.Trim(), questions, cadence, audience!, threshold, remind, close, sendTime, now) { CreatedBy = createdBy }
            : null;
    }

    List<Question> ValidateQuestions(FieldErrors errors)
    {
        var valid = new List<Question>();
        errors.Require(Questions is { Count: > 0 and <= MaxQuestions }, "questions", $"A survey has 1–{MaxQuestions} questions.");
        if (Questions is null)
        {
            return valid;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i] is not { } question)
            {
                errors.Add($"questions[{i}]", "A question is an object.");
                continue;
            }
            errors.Require(question.Id is null || ids.Add(question.Id), $"questions[{i}].id", "Question IDs are unique within a survey.");
            if (question.Validate($"questions[{i}].", errors) is { } parsed)
            {
                valid.Add(parsed);
            }
        }
        errors.Require(valid.Count(q => q.Type == QuestionType.Enps) <= 1, "questions", "A survey has at most one enps question.");
        return valid;
    }

    Audience? ValidateAudience(FieldErrors errors)
    {
        var departments = Audience?.Departments?.Select(d => d?.Trim()).ToList() ?? [];
        var all = Audience?.All == true;
        var valid = all != departments.Count > 0 && departments.All(d => d is { Length: > 0 and <= 100 });
        return errors.Require(valid, "audience", "The audience is {\"all\":true} or {\"departments\":[\"Sales\", ...]}.")
            ? new Audience(all, departments!)
            : null;
    }
}

public sealed record AudienceInput(bool? All, IReadOnlyList<string?>? Departments);

public sealed partial record QuestionInput(string? Id, string? Type, string? Text, IReadOnlyList<string?>? Options)
{
    public Question? Validate(string prefix, FieldErrors errors)
    {
        var before = errors.Count;
        // Question IDs become form field names on the answer page and table column names.
        errors.Require(Id is not null && IdPattern().IsMatch(Id), prefix + "id", "A question ID is a letter then up to 31 letters or digits, e.g. \"q1\".");
        var typed = EnumName.TryParse<QuestionType>(Type, out var type);
        errors.Require(typed, prefix + "type", "The type is enps, scale, choice or text.");
        errors.Require(!string.IsNullOrWhiteSpace(Text) && Text.Trim().Length <= 500, prefix + "text", "A question text of 1–500 characters is required.");
        var options = Options?.Select(o => o?.Trim() ?? "").ToList() ?? [];
        if (typed && type == QuestionType.Choice)
        {
            errors.Require(options.Count is >= 2 and <= 10 && options.All(o => o.Length is > 0 and <= 100) && options.Distinct(StringComparer.Ordinal).Count() == options.Count,
                prefix + "options", "A choice question has 2–10 different options of 1–100 characters.");
        }
        else
        {
            errors.Require(options.Count == 0, prefix + "options", "Only choice questions have options.");
        }
        return errors.Count == before ? new Question(Id!, type, Text!.Trim(), options) : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,31}\\z")]
    private static partial Regex IdPattern();
}
