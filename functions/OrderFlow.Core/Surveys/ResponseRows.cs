using System.Globalization;
using Azure.Data.Tables;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// A released answer: an "r-" row with a random key, the department, the day of its batch and one column per answered question
/// ("A_" + its ID). A column per answer keeps each text as it was typed (2,000 characters of any script fit a
/// column's 32,768), where one JSON column of escaped text overflowed with a few long non-Latin answers.
/// </summary>
public static class ResponseRows
{
    public const string Prefix = "r-";
    public const string AnswerPrefix = "A_";
    public static readonly string[] EnpsColumns = ["Department", "Enps"];

    public static TableEntity ToEntity(string roundId, SurveyResponse response)
    {
        var row = new TableEntity(roundId, Prefix + Guid.NewGuid().ToString("N"))
        {
            ["Department"] = response.Department,
            ["Day"] = response.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Enps"] = response.Enps,
        };
        foreach (var (questionId, answer) in response.Answers)
        {
            row[AnswerPrefix + questionId] = answer;
        }
        return row;
    }

    public static Dictionary<string, string> AnswersOf(TableEntity row) =>
        row.Where(p => p.Key.StartsWith(AnswerPrefix, StringComparison.Ordinal) && p.Value is string)
            .ToDictionary(p => p.Key[AnswerPrefix.Length..], p => (string)p.Value, StringComparer.Ordinal);

    /// <summary>The columns of a survey's answers and the department, for a results query's select.</summary>
    public static IReadOnlyList<string> AnswerColumns(Survey survey) => ["Department", .. survey.Questions.Select(q => AnswerPrefix + q.Id)];
}
