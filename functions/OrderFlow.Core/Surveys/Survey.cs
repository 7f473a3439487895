using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Core.Surveys;

public enum QuestionType
{
    /// <summary>0–10, "how likely are you to recommend working here".</summary>
    Enps,

    /// <summary>1–5 agreement.</summary>
    Scale,
    Choice,
    Text,
}

public sealed record Question(string Id, QuestionType Type, string Text, IReadOnlyList<string> Options);

/// <summary>Everyone active, or the active employees of some departments.</summary>
public sealed record Audience(bool All, IReadOnlyList<string> Departments)
{
    public bool Includes(Employee employee) => employee.Active && (All || Departments.Contains(employee.Department, StringComparer.Ordinal));
}

/// <summary>A pulse survey: its questions, the rhythm and rules of its rounds, and who created it (none before that was kept).</summary>
public sealed record Survey(
    string Id,
    string Title,
    IReadOnlyList<Question> Questions,
    Cadence Cadence,
    Audience Audience,
    int AnonymityThreshold,
    int ReminderAfterDays,
    int CloseAfterDays,
    TimeOnly SendAtLocalTime,
    DateTimeOffset CreatedAt)
{
    public Actor? CreatedBy { get; init; }

    public Question? EnpsQuestion => Questions.FirstOrDefault(q => q.Type == QuestionType.Enps);
}
