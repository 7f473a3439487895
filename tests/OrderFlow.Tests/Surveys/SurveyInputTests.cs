using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class SurveyInputTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    static QuestionInput Q(string id, string type, params string[] options) => new(id, type, $"Question {id}?", options);

    [Fact]
    public void Validate_Complete_SurveyWithDefaults()
    {
        var input = new SurveyInput("Pulse", [Q("q1", "enps"), Q("q2", "scale"), Q("q3", "choice", "a", "b"), Q("q4", "text")], "monthly", new AudienceInput(true, null), null, null, null, null);

        var survey = input.Validate("s-1", Now, new FieldErrors());

        Assert.NotNull(survey);
        Assert.Equal((5, 3, 7, new TimeOnly(9, 0), Cadence.Monthly), (survey.AnonymityThreshold, survey.ReminderAfterDays, survey.CloseAfterDays, survey.SendAtLocalTime, survey.Cadence));
        Assert.Equal("q1", survey.EnpsQuestion?.Id);
    }

    [Fact]
    public void Validate_ElevenQuestionsAndEveryFieldWrong_EachProblemListed()
    {
        var questions = Enumerable.Range(1, 11).Select(i => Q($"q{i}", "enps")).Append(Q("1x", "stars")).ToList();
        var input = new SurveyInput("", questions, "daily", new AudienceInput(true, ["Sales"]), 2, 9, 8, "9am");
        var errors = new FieldErrors();

        Assert.Null(input.Validate("s-1", Now, errors));
        Assert.Equal(
            ["anonymityThreshold", "audience", "cadence", "questions", "questions[11].id", "questions[11].type", "reminderAfterDays", "sendAtLocalTime", "title"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, errors.ToDictionary()["questions"].Length);
    }

    [Fact]
    public void Validate_ChoiceWithoutOptionsAndScaleWithOptions_BothNamed()
    {
        var errors = new FieldErrors();

        new SurveyInput("Pulse", [Q("q1", "choice"), Q("q2", "scale", "x"), Q("q1", "text")], "weekly", new AudienceInput(null, ["Sales"]), 3, 1, 2, "08:30").Validate("s-1", Now, errors);

        Assert.Equal(["questions[0].options", "questions[1].options", "questions[2].id"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }
}
