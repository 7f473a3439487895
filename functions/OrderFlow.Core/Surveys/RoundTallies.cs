using Azure;
using Azure.Data.Tables;

namespace OrderFlow.Core.Surveys;

/// <summary>A department's running figures in a round: how many were invited, answered, and their eNPS answers.</summary>
public sealed record DepartmentTally(string Department, int Invited, int Respondents, EnpsCounts Enps, ETag ETag)
{
    public DepartmentTally Add(SurveyResponse response) => this with
    {
        Respondents = Respondents + 1,
        Enps = response.Enps is { } score ? Enps.Add(score) : Enps,
    };
}

/// <summary>
/// "t-" rows beside a round's answers, one per department: written at fan-out (invited) and in the same transaction
/// as every release of answers (respondents and eNPS counts), so eNPS is read from a few rows, not from every answer.
/// </summary>
public static class RoundTallies
{
    public const string Prefix = "t-";

    // Department names may hold characters row keys forbid (/ \ # ?), so they are escaped in the key.
    public static string RowKey(string department) => Prefix + Uri.EscapeDataString(department);

    public static string Filter(string roundId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {Prefix} and RowKey lt {"t."}");

    public static DepartmentTally FromEntity(TableEntity row) => new(
        row.GetString("Department"),
        row.GetInt32("Invited") ?? 0,
        row.GetInt32("Respondents") ?? 0,
        new EnpsCounts(row.GetInt32("Promoters") ?? 0, row.GetInt32("Passives") ?? 0, row.GetInt32("Detractors") ?? 0),
        row.ETag);

    public static DepartmentTally Empty(string department) => new(department, 0, 0, new EnpsCounts(), default);

    /// <summary>The counts only (a merge keeps the invited figure written at fan-out).</summary>
    public static TableEntity Counts(string roundId, DepartmentTally tally) => new(roundId, RowKey(tally.Department))
    {
        ["Department"] = tally.Department,
        ["Respondents"] = tally.Respondents,
        ["Promoters"] = tally.Enps.Promoters,
        ["Passives"] = tally.Enps.Passives,
        ["Detractors"] = tally.Enps.Detractors,
    };

    public static TableEntity Invited(string roundId, string department, int invited) => new(roundId, RowKey(department))
    {
        ["Department"] = department,
        ["Invited"] = invited,
    };

    /// <summary>Updates a stored tally only if unchanged since read; adds one that was not there (a conflict if it now is).</summary>
    public static TableTransactionAction Write(string roundId, DepartmentTally tally) => tally.ETag == default
        ? new TableTransactionAction(TableTransactionActionType.Add, Counts(roundId, tally))
        : new TableTransactionAction(TableTransactionActionType.UpdateMerge, Counts(roundId, tally), tally.ETag);
}
