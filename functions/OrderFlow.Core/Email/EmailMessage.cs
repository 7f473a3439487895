namespace OrderFlow.Core.Email;

/// <summary>
/// One email to send. <see cref="DeduplicationKey"/> names what it is about ("order/{id}/shipped"): however often
/// it is queued or retried, it is sent once.
/// </summary>
public sealed record EmailMessage(string DeduplicationKey, string To, string ToName, string Subject, string Text, EmailAttachment? Attachment = null);

public sealed record EmailAttachment(string FileName, string ContentType, string Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
