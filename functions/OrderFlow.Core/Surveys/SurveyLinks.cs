using OrderFlow.Core.Email;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.Surveys;

/// <summary>Survey answer links: {PublicBaseUrl}/api/s/{token}, valid for one invitation until its round closes.</summary>
public sealed class SurveyLinks(SignedLinks links)
{
    public const string Purpose = "survey";
    const string Path = "api/s";

    public string TokenFor(SurveyRound round, string invitationId) => links.Issue(ClaimsFor(round, invitationId));

    /// <summary>The link as an email carries it until it is sent (signed by the outbox then).</summary>
    public static EmailLink EmailLinkFor(SurveyRound round, string invitationId) => new(Path, ClaimsFor(round, invitationId));

    static LinkClaims ClaimsFor(SurveyRound round, string invitationId) => new(Purpose, [round.SurveyId, round.RoundId, invitationId], round.ClosesAt);

    public Uri UrlFor(string token) => links.UrlFor(Path, token);

    /// <summary>The round and invitation a token names, with its status (valid, expired or invalid).</summary>
    public (LinkStatus Status, string SurveyId, string RoundId, string InvitationId) Read(string? token)
    {
        var check = links.Verify(token, Purpose);
        return check.Claims?.Ids is [var surveyId, var roundId, var invitationId]
            ? (check.Status, surveyId, roundId, invitationId)
            : (LinkStatus.Invalid, "", "", "");
    }
}
