using System.Globalization;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// One question's aggregate: a mean and distribution for numbers, counts for choices, texts for text. A question
/// fewer than the threshold answered (some skipped it) shows nothing, not even how many answered it.
/// </summary>
public sealed record QuestionResult(
    string Id,
    string Type,
    string Text,
    bool Suppressed,
    int? Answered,
    double? Mean = null,
    IReadOnlyDictionary<string, int>? Distribution = null,
    IReadOnlyDictionary<string, int>? Counts = null,
    IReadOnlyList<string>? Texts = null);

public sealed record RoundResults(string SurveyId, string RoundId, int Invited, bool Suppressed, int? Respondents, IReadOnlyList<QuestionResult> Questions);

/// <summary>
/// GET /surveys/{id}/results: per-question aggregates of a round's released answers, nothing at all under the
/// anonymity threshold. Answers are released in batches (<see cref="AnswerRelease"/>), so an open round's results
/// change in steps of at least the threshold, never with a single answer.
/// </summary>
public sealed class QuestionResults(AnswerStore answers)
{
    public async Task<RoundResults> ComputeAsync(Survey survey, SurveyRound round, CancellationToken cancellationToken)
    {
        var responses = new List<Dictionary<string, string>>();
        await foreach (var row in answers.ResponsesAsync(round.RoundId, ResponseRows.AnswerColumns(survey), cancellationToken))
        {
            responses.Add(ResponseRows.AnswersOf(row));
        }
        if (responses.Count < survey.AnonymityThreshold)
        {
            return new RoundResults(survey.Id, round.RoundId, round.Invited, true, null, []);
        }
        return new RoundResults(survey.Id, round.RoundId, round.Invited, false, responses.Count, [.. survey.Questions.Select(q => Aggregate(q, responses, survey.AnonymityThreshold))]);
    }

    static QuestionResult Aggregate(Question question, List<Dictionary<string, string>> responses, int threshold)
    {
        var given = responses.Select(r => r.GetValueOrDefault(question.Id)).OfType<string>().ToList();
        var type = question.Type.ToString().ToLowerInvariant();
        if (given.Count < threshold)
        {
            return new QuestionResult(question.Id, type, question.Text, true, null);
        }
        return question.Type switch
        {
            QuestionType.Enps or QuestionType.Scale => Numeric(question, type, given),
            QuestionType.Choice => new QuestionResult(question.Id, type, question.Text, false, given.Count, Counts: question.Options.ToDictionary(o => o, o => given.Count(g => g == o))),
            // Sorted, so the list order says nothing about who answered when.
            _ => new QuestionResult(question.Id, type, question.Text, false, given.Count, Texts: [.. given.Order(StringComparer.Ordinal)]),
        };
    }

    static QuestionResult Numeric(Question question, string type, List<string> given)
    {
        var values = given.Select(g => int.Parse(g, CultureInfo.InvariantCulture)).ToList();
        var (min, max) = question.Type == QuestionType.Enps ? (0, 10) : (1, 5);
        var distribution = Enumerable.Range(min, max - min + 1).ToDictionary(v => v.ToString(CultureInfo.InvariantCulture), v => values.Count(x => x == v));
        double? mean = values.Count == 0 ? null : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);
        return new QuestionResult(question.Id, type, question.Text, false, values.Count, mean, distribution);
    }
}
