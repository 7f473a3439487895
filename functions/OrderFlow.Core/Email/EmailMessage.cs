using OrderFlow.Core.Security;

namespace OrderFlow.Core.Email;

/// <summary>
/// One email to send. <see cref="DeduplicationKey"/> names what it is about ("order/{id}/shipped"): however often
/// it is queued or retried, it is sent once. <see cref="Calendar"/>, when set, travels beside the text as an
/// iCalendar part, so mail clients show the invitation with accept and decline buttons. <see cref="Link"/>, when
/// set, is the personal link the text shows where it says <see cref="EmailLink.Placeholder"/>, and <see cref="Links"/>
/// further ones, each where its <see cref="EmailLink.Marker"/> is: they are signed only as the email is sent, so no
/// working link waits in a queue, a poison queue or a stored body. The outbox's record of
/// a sent email names its recipient unless <see cref="Anonymous"/> (a survey reminder's record would list, with
/// times, who had not answered yet). <see cref="Html"/>, when set, is the same message for mail clients that show HTML,
/// <see cref="Text"/> its plain-text alternative. <see cref="AttachFrom"/> names what the email's files are made from
/// (an invoice or credit note number): <see cref="IEmailAttachments"/> makes them as the email is sent, into
/// <see cref="Files"/>, so the queue carries a name, not a PDF.
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
    bool Anonymous = false,
    string? Html = null,
    string? AttachFrom = null,
    IReadOnlyList<EmailLink>? Links = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<EmailAttachment> Files { get; init; } = [];
}

/// <summary>A file an email carries.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Makes the files of an email from what <see cref="EmailMessage.AttachFrom"/> names, when it is sent.</summary>
public interface IEmailAttachments
{
    Task<IReadOnlyList<EmailAttachment>> MakeAsync(string source, CancellationToken cancellationToken);
}

/// <summary>
/// What a personal link grants, where it points ("api/s") and what in the text it replaces; <see cref="SignedLinks"/>
/// signs it at send time.
/// </summary>
public sealed record EmailLink(string Path, LinkClaims Claims, string Marker = EmailLink.Placeholder)
{
    public const string Placeholder = "{link}";
}

/// <summary>An iCalendar object and its iTIP method (REQUEST, CANCEL), sent as text/calendar; method=… (RFC 6047).</summary>
public sealed record CalendarPart(string Method, string Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
