using OrderFlow.Core.Email;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// Signed links to one participant's meeting page, "{PublicBaseUrl}/api/m/{token}". They are bound to the
/// "one-on-one" purpose (a survey link never opens a meeting) and stop working two weeks after the meeting.
/// </summary>
public sealed class MeetingLinks(SignedLinks links)
{
    public const string Purpose = "one-on-one";
    public const string Path = "api/m";
    static readonly TimeSpan ValidAfterMeeting = TimeSpan.FromDays(14);

    public string Issue(MeetingAccess access, Meeting meeting) => links.Issue(ClaimsFor(access, meeting));

    /// <summary>The link as an email carries it until it is sent (signed by the outbox then).</summary>
    public static EmailLink EmailLinkFor(MeetingAccess access, Meeting meeting) => new(Path, ClaimsFor(access, meeting));

    static LinkClaims ClaimsFor(MeetingAccess access, Meeting meeting) => new(Purpose, access.ToIds(), meeting.End + ValidAfterMeeting);

    public Uri UrlFor(string token) => links.UrlFor(Path, token);

    /// <summary>The access a token grants, with whether it is still valid; null for anything not ours.</summary>
    public (LinkStatus Status, MeetingAccess? Access) Read(string? token)
    {
        var check = links.Verify(token, Purpose);
        return check.Claims is { } claims && MeetingAccess.FromIds(claims.Ids) is { } access
            ? (check.Status, access)
            : (LinkStatus.Invalid, null);
    }
}
