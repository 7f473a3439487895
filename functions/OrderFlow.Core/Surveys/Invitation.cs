using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// That someone was invited to a round and whether they answered, never what they answered. The ID is keyed on
/// round and employee, so a resumed fan-out rewrites the same rows instead of inviting anyone twice, and the ID in
/// a link names no one to whoever lacks the key.
/// </summary>
public sealed record Invitation(string InvitationId, string EmployeeId, string Department, DateTimeOffset SendAt, string TokenHash, bool Answered)
{
    public static string IdFor(KeyedIds ids, string roundId, string employeeId) => ids.For("invitation", roundId, employeeId);
}

/// <summary>
/// One anonymous answer: the department (for results above the anonymity threshold), the day only, and the answers.
/// No employee, invitation or exact time.
/// </summary>
public sealed record SurveyResponse(string Department, DateOnly Day, int? Enps, IReadOnlyDictionary<string, string> Answers);

public enum SubmitOutcome
{
    Stored,
    AlreadyAnswered,
}
