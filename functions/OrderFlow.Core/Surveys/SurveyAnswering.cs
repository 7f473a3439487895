using Azure;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Common;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

public enum AnswerState
{
    /// <summary>The form can be shown or submitted.</summary>
    Open,

    /// <summary>Not a link we issued for a live invitation: the page says nothing more.</summary>
    NotFound,
    Closed,
    AlreadyAnswered,
    Invalid,
    Stored,
}

public sealed record AnswerContext(Survey Survey, SurveyRound Round, Invitation Invitation, ETag ETag);

public sealed record AnswerResult(AnswerState State, AnswerContext? Context, FieldErrors? Errors = null);

/// <summary>
/// The answer page's rules: a token is honoured only if its signature holds and its hash is the one stored for
/// that invitation; it stops at round close and after one answer. The response keeps the department and the day,
/// and waits sealed until enough answers of its department can be released with it (<see cref="AnswerRelease"/>).
/// </summary>
public sealed partial class SurveyAnswering(
    SurveyLinks links, SurveyStore surveys, RoundStore rounds, AnswerStore answers, HeldAnswers held, AnswerRelease release, TimeProvider time, ILogger<SurveyAnswering> logger)
{
    public async Task<AnswerResult> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var (status, surveyId, roundId, invitationId) = links.Read(token);
        if (status == LinkStatus.Invalid
            || await answers.FindInvitationAsync(roundId, invitationId, cancellationToken) is not { } found
            || !string.Equals(found.Invitation.TokenHash, SignedLinks.Hash(token!), StringComparison.Ordinal)
            || await surveys.FindAsync(surveyId, cancellationToken) is not { } survey
            || await rounds.FindAsync(surveyId, roundId, cancellationToken) is not { } round)
        {
            return new AnswerResult(AnswerState.NotFound, null);
        }
        var context = new AnswerContext(survey, round, found.Invitation, found.ETag);
        if (status == LinkStatus.Expired || round.Closed)
        {
            return new AnswerResult(AnswerState.Closed, context);
        }
        return new AnswerResult(found.Invitation.Answered ? AnswerState.AlreadyAnswered : AnswerState.Open, context);
    }

    public async Task<AnswerResult> SubmitAsync(string? token, IReadOnlyDictionary<string, string?> fields, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(token, cancellationToken);
        if (opened is not { State: AnswerState.Open, Context: { } context })
        {
            return opened;
        }
        var errors = new FieldErrors();
        if (AnswerInput.Validate(context.Survey, fields, errors) is not { } given)
        {
            return new AnswerResult(AnswerState.Invalid, context, errors);
        }
        var enps = context.Survey.EnpsQuestion is { } question && given.TryGetValue(question.Id, out var score) ? int.Parse(score, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var response = new SurveyResponse(context.Invitation.Department, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), enps, given);
        var heldAnswer = held.ToEntity(context.Round.RoundId, context.Survey, response);
        var outcome = await answers.SubmitAsync(context.Round.RoundId, context.Invitation.InvitationId, context.ETag, heldAnswer, cancellationToken);
        if (outcome == SubmitOutcome.Stored)
        {
            await TryReleaseAsync(context);
        }
        return new AnswerResult(outcome == SubmitOutcome.Stored ? AnswerState.Stored : AnswerState.AlreadyAnswered, context);
    }

    /// <summary>The answer is stored: a release that fails here is made by the next answer or the hourly timer.</summary>
    async Task TryReleaseAsync(AnswerContext context)
    {
        try
        {
            await release.ReleaseAsync(context.Survey, context.Round.RoundId, CancellationToken.None);
        }
        catch (RequestFailedException ex)
        {
            LogReleaseFailed(logger, ex, context.Round.RoundId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the held answers of round {RoundId} failed; the next answer or the hourly run tries again")]
    static partial void LogReleaseFailed(ILogger logger, Exception exception, string roundId);
}
