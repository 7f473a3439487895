using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

/// <summary>Editing a survey keeps its ID and creation and names the editor; its questions are fixed once a round opened.</summary>
public class SurveyReviseTests
{
    static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    static readonly Actor Pia = Actor.Person("u-pia", "Pia People");
    static readonly Actor Hal = Actor.Person("u-hal", "Hal People");

    static Survey Make(string title, params string[] questions) => new SurveyInput(
        title, [.. questions.Select((q, i) => new QuestionInput($"q{i + 1}", i == 0 ? "enps" : "scale", q, null))], "monthly", new AudienceInput(true, null), 4, null, null, null)
        .Validate("s-1", Created.AddDays(5), new FieldErrors())!;

    static readonly Survey Stored = Make("Pulse", "Recommend us?", "Tools fit?") with { CreatedAt = Created, CreatedBy = Pia };

    [Fact]
    public void Revise_NewTitleAfterARound_KeepsCreationAndNamesTheEditor()
    {
        var errors = new FieldErrors();

        var edited = Stored.Revise(Make("Monthly pulse", "Recommend us?", "Tools fit?"), roundsOpened: true, Hal, errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(("s-1", "Monthly pulse", Created, Pia, Hal), (edited!.Id, edited.Title, edited.CreatedAt, edited.CreatedBy, edited.UpdatedBy));
    }

    [Fact]
    public void Revise_ChangedQuestionAfterARound_RefusedOnQuestions()
    {
        var errors = new FieldErrors();

        var edited = Stored.Revise(Make("Pulse", "Recommend us?", "Do your tools fit?"), roundsOpened: true, Hal, errors);

        Assert.Null(edited);
        Assert.Contains("cannot change once a round has opened", Assert.Single(errors.For("questions")), StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_ChangedQuestionBeforeAnyRound_Accepted()
    {
        var edited = Stored.Revise(Make("Pulse", "Recommend us?", "Do your tools fit?", "Enough focus time?"), roundsOpened: false, Hal, new FieldErrors());

        Assert.Equal(3, edited!.Questions.Count);
    }
}
