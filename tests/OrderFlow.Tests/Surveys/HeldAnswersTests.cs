using OrderFlow.Core.Security;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class HeldAnswersTests
{
    static readonly Survey Survey = new(
        "s-1",
        "Pulse",
        [new Question("q1", QuestionType.Enps, "Recommend?", []), new Question("q2", QuestionType.Text, "Anything else?", [])],
        Cadence.Monthly,
        new Audience(true, []),
        5,
        2,
        5,
        new TimeOnly(9, 0),
        DateTimeOffset.UnixEpoch);

    readonly HeldAnswers held = new(new SealedBox("survey-answers", "answer-secret-0123456789abcdef-0123", null));

    [Fact]
    public void Read_HeldAnswer_GivesItBack()
    {
        var response = new SurveyResponse("Ops/EU", new DateOnly(2026, 12, 2), 9, new Dictionary<string, string> { ["q1"] = "9", ["q2"] = "Mehr Ruhe, بالتأكيد" });

        var row = held.ToEntity("round-1", Survey, response);
        var back = held.Read(row);

        Assert.Equal((response.Department, response.Day, response.Enps), (back.Department, back.Day, back.Enps));
        Assert.Equal(response.Answers, back.Answers);
    }

    [Fact]
    public void ToEntity_ShortAndLongestAnswer_SameSizeAndNoReadableProperty()
    {
        var brief = held.ToEntity("round-1", Survey, new SurveyResponse("Eng", new DateOnly(2026, 12, 2), null, new Dictionary<string, string> { ["q1"] = "3" }));
        var longest = held.ToEntity("round-1", Survey, new SurveyResponse("Eng", new DateOnly(2026, 12, 2), 10, new Dictionary<string, string> { ["q1"] = "10", ["q2"] = new string('語', AnswerInput.MaxTextLength) }));

        Assert.Equal(Size(brief), Size(longest));
        Assert.All([brief, longest], row => Assert.All(row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")), k => Assert.StartsWith("Sealed", k, StringComparison.Ordinal)));
    }

    static int Size(Azure.Data.Tables.TableEntity row) => row.Select(p => p.Value).OfType<byte[]>().Sum(b => b.Length);
}
