using System.Security.Cryptography;
using System.Text;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// That someone was invited to a round and whether they answered, never what they answered. The ID is derived
/// from round and employee, so a resumed fan-out rewrites the same rows instead of inviting anyone twice.
/// </summary>
public sealed record Invitation(string InvitationId, string EmployeeId, string Department, DateTimeOffset SendAt, string TokenHash, bool Answered)
{
    public static string IdFor(string roundId, string employeeId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{roundId}/{employeeId}")))[..24];
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
