namespace OrderFlow.Core.Email;

/// <summary>
/// One email to send. <see cref="DeduplicationKey"/> names what it is about ("order/{id}/shipped"): however often
/// it is queued or retried, it is sent once. <see cref="Calendar"/>, when set, travels beside the text as an
/// iCalendar part, so mail clients show the invitation with accept and decline buttons.
/// </summary>
public sealed record EmailMessage(string DeduplicationKey, string To, string ToName, string Subject, string Text, CalendarPart? Calendar = null, int Attempt = 0);

/// <summary>An iCalendar object and its iTIP method (REQUEST, CANCEL), sent as text/calendar; method=… (RFC 6047).</summary>
public sealed record CalendarPart(string Method, string Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
