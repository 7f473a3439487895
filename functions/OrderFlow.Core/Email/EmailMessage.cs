namespace OrderFlow.Core.Email;

/// <summary>
/// One email to send. <see cref="DeduplicationKey"/> names what it is about ("order/{id}/shipped"): however often
/// it is queued or retried, it is sent once.
/// </summary>
public sealed record EmailMessage(string DeduplicationKey, string To, string ToName, string Subject, string Text);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
