using System.Globalization;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Surveys;

/// <summary>The answer form's fields, named by question ID. Every question may be skipped; at least one is answered.</summary>
public static class AnswerInput
{
    public const int MaxTextLength = 2000;

    /// <summary>The answers as stored (trimmed text, numbers as digits), or null with each problem recorded.</summary>
    public static Dictionary<string, string>? Validate(Survey survey, IReadOnlyDictionary<string, string?> fields, FieldErrors errors)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in survey.Questions)
        {
            var value = fields.GetValueOrDefault(question.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            var valid = question.Type switch
            {
                QuestionType.Enps => IsInRange(value, 0, 10),
                QuestionType.Scale => IsInRange(value, 1, 5),
                QuestionType.Choice => question.Options.Contains(value, StringComparer.Ordinal),
                _ => value.Length <= MaxTextLength,
            };
            if (errors.Require(valid, question.Id, Problem(question)))
            {
                answers[question.Id] = value;
            }
        }
        errors.Require(answers.Count > 0 || !errors.IsEmpty, "answers", "Answer at least one question.");
        return errors.IsEmpty ? answers : null;
    }

    static bool IsInRange(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max;

    static string Problem(Question question) => question.Type switch
    {
        QuestionType.Enps => "Choose a number from 0 to 10.",
        QuestionType.Scale => "Choose a number from 1 to 5.",
        QuestionType.Choice => "Choose one of the options.",
        _ => $"Write at most {MaxTextLength} characters.",
    };
}
