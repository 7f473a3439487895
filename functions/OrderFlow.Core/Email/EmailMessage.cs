using OrderFlow.Core.Security;

namespace OrderFlow.Core.Email;

/// <summary>
/// One email to send. <see cref="DeduplicationKey"/> names what it is about ("order/{id}/shipped"): however often
/// it is queued or retried, it is sent once. <see cref="Calendar"/>, when set, travels beside the text as an
/// iCalendar part, so mail clients show the invitation with accept and decline buttons. <see cref="Link"/>, when
/// set, is the personal link the text shows where it says <see cref="EmailLink.Placeholder"/>: it is signed only
/// as the email is sent, so no working link waits in a queue, a poison queue or a stored body. The outbox's record of
/// a sent email names its recipient unless <see cref="Anonymous"/> (a survey reminder's record would list, with
/// times, who had not answered yet).
/// </summary>
public sealed record EmailMessage(
    string DeduplicationKey,
    string To,
    string ToName,
    string Subject,
    string Text,
    CalendarPart? Calendar = null,
    int Attempt = 0,
    EmailLink? Link = null,
    bool Anonymous = false);

/// <summary>What a personal link grants and where it points ("api/s"); <see cref="SignedLinks"/> signs it at send time.</summary>
public sealed record EmailLink(string Path, LinkClaims Claims)
{
    public const string Placeholder = "{link}";
}

/// <summary>An iCalendar object and its iTIP method (REQUEST, CANCEL), sent as text/calendar; method=… (RFC 6047).</summary>
public sealed record CalendarPart(string Method, string Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
