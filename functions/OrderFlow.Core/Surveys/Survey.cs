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

public sealed record Question(string Id, QuestionType Type, string Text, IReadOnlyList<string> Options)
{
    public bool SameAs(Question other) => Id == other.Id && Type == other.Type && Text == other.Text && Options.SequenceEqual(other.Options);
}

/// <summary>Everyone active, or the active employees of some departments.</summary>
public sealed record Audience(bool All, IReadOnlyList<string> Departments)
{
    public bool Includes(Employee employee) => employee.Active && (All || Departments.Contains(employee.Department, StringComparer.Ordinal));
}

/// <summary>A pulse survey: its questions, the rhythm and rules of its rounds, who created it and who edited it last (none before that was kept).</summary>
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

    public Actor? UpdatedBy { get; init; }

    public Question? EnpsQuestion => Questions.FirstOrDefault(q => q.Type == QuestionType.Enps);

    /// <summary>
    /// This survey as <paramref name="proposed"/> by <paramref name="by"/>, keeping its ID and creation; null with
    /// the reason when refused. Questions are fixed once a round has opened: a round's answers are stored and read by
    /// its survey's question IDs and types, and trends compare rounds that asked the same thing.
    /// </summary>
    public Survey? Revise(Survey proposed, bool roundsOpened, Actor by, FieldErrors errors)
    {
        var sameQuestions = proposed.Questions.Count == Questions.Count && proposed.Questions.Zip(Questions).All(p => p.First.SameAs(p.Second));
        return errors.Require(sameQuestions || !roundsOpened, "questions", "The questions cannot change once a round has opened: results compare answers to the same questions. Create a new survey instead.")
            ? proposed with { Id = Id, CreatedAt = CreatedAt, CreatedBy = CreatedBy, UpdatedBy = by }
            : null;
    }
}
