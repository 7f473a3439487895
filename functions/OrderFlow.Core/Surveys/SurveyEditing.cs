using OrderFlow.Core.Common;
using OrderFlow.Core.Security;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Surveys;

/// <summary>What creating or editing a survey came to: the survey as stored, or why not.</summary>
public sealed record SurveyChange(bool Found, Survey? Survey, FieldErrors Errors)
{
    /// <summary>Whether this call added the survey; false when a repeat found it.</summary>
    public bool Created { get; init; }

    public static SurveyChange Missing { get; } = new(false, null, new FieldErrors());
}

/// <summary>
/// Creates and edits surveys, for POST /api/surveys and the People pages alike: one validation
/// (<see cref="SurveyInput.Validate"/>), one rule for what may change (<see cref="Survey.Revise"/>), the actor kept.
/// </summary>
public sealed class SurveyEditing(SurveyStore surveys, RoundStore rounds, KeyedIds ids, TimeProvider time)
{
    public static string NewId() => "s-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// The ID of the survey <paramref name="by"/> creates under <paramref name="idempotencyKey"/>, in the shape of
    /// <see cref="NewId"/>: the same for every retry, so a retry finds the first survey.
    /// </summary>
    public string IdFor(Actor by, string idempotencyKey) => "s-" + ids.For("survey", by.Id, idempotencyKey)[..12];

    /// <summary>Adds the survey under <paramref name="id"/>; a repeat of the same ID (a form sent twice) finds the first.</summary>
    public async Task<SurveyChange> CreateAsync(string id, SurveyInput input, Actor by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (input.Validate(id, time.GetUtcNow(), errors, by) is not { } survey)
        {
            return new SurveyChange(true, null, errors);
        }
        var added = await surveys.TryAddAsync(survey, cancellationToken);
        return new SurveyChange(true, added ? survey : await surveys.FindAsync(id, cancellationToken), errors) { Created = added };
    }

    /// <summary>Replaces the survey's definition (ETag-guarded, redone from a fresh read if someone saved in between).</summary>
    public Task<SurveyChange> EditAsync(string id, SurveyInput input, Actor by, CancellationToken cancellationToken) =>
        OptimisticConcurrency.RetryAsync(async () =>
        {
            if (!EntityKey.IsValid(id) || await surveys.FindForChangeAsync(id, cancellationToken) is not var (current, etag))
            {
                return SurveyChange.Missing;
            }
            var errors = new FieldErrors();
            var proposed = input.Validate(id, current.CreatedAt, errors);
            var roundsOpened = (await rounds.OfSurveyAsync(id, cancellationToken)).Count > 0;
            if (proposed is null || current.Revise(proposed, roundsOpened, by, errors) is not { } edited)
            {
                return new SurveyChange(true, null, errors);
            }
            await surveys.ReplaceAsync(edited, etag, cancellationToken);
            return new SurveyChange(true, edited, errors);
        }, cancellationToken);
}
