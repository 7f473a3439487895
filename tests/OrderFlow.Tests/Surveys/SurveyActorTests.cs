using OrderFlow.Core.Common;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

/// <summary>A survey keeps who created it; a round opened by hand, who opened it; one its cadence opened names nobody.</summary>
public class SurveyActorTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    static readonly Actor Pia = Actor.Person("u-pia", "Pia People");

    static readonly SurveyInput Input = new(
        "Pulse", [new QuestionInput("q1", "enps", "Recommend us?", [])], "monthly", new AudienceInput(true, null), null, null, null, null);

    [Fact]
    public void Validate_WithItsCreator_TheSurveyNamesThem()
    {
        Assert.Equal(Pia, Input.Validate("s-1", Now, new FieldErrors(), Pia)?.CreatedBy);
    }

    [Fact]
    public void Open_ByHand_NamesWhoOpened_ByCadence_Nobody()
    {
        var survey = Input.Validate("s-1", Now, new FieldErrors())!;

        Assert.Equal(Pia, SurveyRound.Open(survey, "s-1.2026-11", Now, Pia).OpenedBy);
        Assert.Null(SurveyRound.Open(survey, "s-1.2026-11", Now).OpenedBy);
    }
}
