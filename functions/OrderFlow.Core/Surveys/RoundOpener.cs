using OrderFlow.Core.Common;
using OrderFlow.Core.People;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

/// <summary>
/// Opens a round: adds the round row (a duplicate conflicts, so a period opens once), writes one invitation per
/// person in the audience, queues their emails, then marks the round fanned out. An opening interrupted before
/// that mark is finished by the next attempt; its rewrites are idempotent and the emails are sent once.
/// </summary>
public sealed class RoundOpener(RoundStore rounds, AnswerStore answers, EmployeeDirectory directory, InvitationFanOut queue, SurveyLinks links, KeyedIds ids, TimeProvider time)
{
    /// <summary>
    /// The round of the cadence period <paramref name="now"/> falls in, emailed at each person's local time.
    /// Dispatched is true when this call sent the invitations (a new round, or one whose opening was cut short).
    /// </summary>
    public Task<(SurveyRound Round, bool Dispatched)> OpenScheduledAsync(Survey survey, DateTimeOffset now, CancellationToken cancellationToken) =>
        OpenAsync(survey, SurveyRound.ScheduledId(survey, now), now, atLocalTime: true, openedBy: null, cancellationToken);

    /// <summary>A round now, emailed at once: the period's round if it has none yet, otherwise an extra one.</summary>
    public async Task<SurveyRound> OpenNowAsync(Survey survey, Actor openedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (round, dispatched) = await OpenAsync(survey, SurveyRound.ScheduledId(survey, now), now, atLocalTime: false, openedBy, cancellationToken);
        return dispatched ? round : (await OpenAsync(survey, SurveyRound.ExtraId(survey, now), now, atLocalTime: false, openedBy, cancellationToken)).Round;
    }

    async Task<(SurveyRound Round, bool Dispatched)> OpenAsync(
        Survey survey, string roundId, DateTimeOffset now, bool atLocalTime, Actor? openedBy, CancellationToken cancellationToken)
    {
        var round = await rounds.FindAsync(survey.Id, roundId, cancellationToken);
        if (round is null)
        {
            var opened = SurveyRound.Open(survey, roundId, now, openedBy);
            round = await rounds.TryAddAsync(opened, cancellationToken) ? opened : await rounds.FindAsync(survey.Id, roundId, cancellationToken) ?? opened;
        }
        return round.FannedOut ? (round, false) : (await FanOutAsync(survey, round, atLocalTime, cancellationToken), true);
    }

    async Task<SurveyRound> FanOutAsync(Survey survey, SurveyRound round, bool atLocalTime, CancellationToken cancellationToken)
    {
        var audience = (await directory.AllActiveAsync(cancellationToken)).Where(survey.Audience.Includes).ToList();
        var invitations = audience.Select(employee =>
        {
            var id = Invitation.IdFor(ids, round.RoundId, employee.Id);
            var sendAt = atLocalTime ? SendTimes.Next(employee.Zone, survey.SendAtLocalTime, round.OpenedAt) : round.OpenedAt;
            return new Invitation(id, employee.Id, employee.Department, sendAt, SignedLinks.Hash(links.TokenFor(round, id)), Answered: false);
        }).ToList();
        await answers.WriteInvitationsAsync(round.RoundId, invitations, cancellationToken);
        var now = time.GetUtcNow();
        await queue.EnqueueAsync(
            invitations.Select(i => (new InvitationMessage(survey.Id, round.RoundId, i.InvitationId, InvitationKind.Invite), i.SendAt - now)),
            cancellationToken);
        var fannedOut = round with { Invited = invitations.Count, FannedOut = true };
        await rounds.UpdateAsync(fannedOut, ["Invited", "FannedOut"], cancellationToken);
        return fannedOut;
    }
}
