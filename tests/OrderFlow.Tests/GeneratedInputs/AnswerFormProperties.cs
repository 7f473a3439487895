using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>Survey answer forms: any fields are stored as valid answers or refused naming the question.</summary>
public static class AnswerFormProperties
{
    static readonly Survey Pulse = new(
        "s-1", "Pulse",
        [
            new Question("q-enps", QuestionType.Enps, "Recommend us?", []),
            new Question("q-scale", QuestionType.Scale, "Agree?", []),
            new Question("q-choice", QuestionType.Choice, "Which?", ["Yes", "No", "Ünsure"]),
            new Question("q-text", QuestionType.Text, "Anything else?", []),
        ],
        Cadence.Monthly, new Audience(true, []), 5, 3, 7, new TimeOnly(9, 0), DateTimeOffset.UnixEpoch);

    static readonly Gen<string?> Values = Gen.Frequency(
        (4, Gen.Choose(-2, 12).Select(i => (string?)i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Elements<string?>("Yes", "yes", "Ünsure", " 5 ", "05", "+3", "٣", "3.0", "1e1", "", null, new string('w', AnswerInput.MaxTextLength), new string('w', AnswerInput.MaxTextLength + 1))),
        (3, AnyText.TextOrLong.Select(t => (string?)t)));

    static readonly Gen<Dictionary<string, string?>> Forms = Gen.ListOf(Gen.Zip(AnyText.Mostly("q-enps", "q-scale", "q-choice", "q-text"), Values), 6)
        .Select(fields => fields.DistinctBy(f => f.Item1).ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal));

    public static Property AnyForm() => Prop.ForAll(Forms.ToArbitrary(), fields =>
    {
        var errors = new FieldErrors();
        var answers = AnswerInput.Validate(Pulse, fields, errors);
        Expect.That((answers is null) != errors.IsEmpty, "answers or problems, not both");
        var questionIds = Pulse.Questions.Select(q => q.Id).Append("answers");
        Expect.That(errors.ToDictionary().Keys.All(questionIds.Contains), $"problems under [{string.Join(", ", errors.ToDictionary().Keys)}]");
        foreach (var (id, value) in answers ?? [])
        {
            Expect.That(IsValid(Pulse.Questions.Single(q => q.Id == id), value), $"{id} stored as \"{value}\"");
        }
    });

    static bool IsValid(Question question, string value) => question.Type switch
    {
        QuestionType.Enps => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10,
        QuestionType.Scale => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale is >= 1 and <= 5,
        QuestionType.Choice => question.Options.Contains(value),
        _ => value.Length is > 0 and <= AnswerInput.MaxTextLength && value == value.Trim(),
    };
}
