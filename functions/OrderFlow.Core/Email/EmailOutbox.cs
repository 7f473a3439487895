using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderFlow.Core.Storage;

using OrderFlow.Core.Security;

namespace OrderFlow.Core.Email;

/// <summary>
/// Emails go out through a queue (setting "EmailOutboxQueue"), so a slow or failing mail server never holds up an
/// order; the queue function sends each and records it in the SentEmails table (one row per deduplication key),
/// so a message queued or retried twice is sent once.
/// </summary>
public sealed partial class EmailOutbox(
    QueueServiceClient queues,
    TableServiceClient tables,
    StorageNames names,
    IEmailSender sender,
    OutboxMessageCodec codec,
    TimeProvider time,
    Microsoft.Extensions.Configuration.IConfiguration configuration,
    IOptions<EmailOptions> options,
    SignedLinks links,
    IEmailAttachments attachments,
    ILogger<EmailOutbox> logger)
{
    public const string QueueSetting = "EmailOutboxQueue";

    /// <summary>With the default 30 s doubling up to an hour, about seven hours of a mail server being away.</summary>
    public const int MostAttempts = 12;

    static readonly TimeSpan LongestRetryWait = TimeSpan.FromHours(1);

    /// <summary>
    /// A send that takes longer is abandoned (and retried). RFC 5321 §4.5.3.2.6 gives a server ten minutes to answer a
    /// message's end: one that answers late has the message, and giving up on it sooner sends the email twice.
    /// </summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromMinutes(10);
    static readonly TimeSpan ClaimPollInterval = TimeSpan.FromSeconds(1);
    const string StateColumn = "State";
    const string ClaimedAtColumn = "ClaimedAt";
    const string ClaimIdColumn = "ClaimId";
    const string SendingState = "Sending";
    const string SentState = "Sent";

    readonly TableClient sent = tables.GetTableClient(names.Table("SentEmails"));

    public Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken) => EnqueueAsync(message, null, cancellationToken);

    async Task EnqueueAsync(EmailMessage message, TimeSpan? visibleAfter, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(configuration[QueueSetting] ?? "email-outbox");
        await queue.EnsureExistsAsync(cancellationToken);
        await queue.SendMessageAsync(await codec.EncodeAsync(message, cancellationToken), visibleAfter, cancellationToken: cancellationToken);
    }

    /// <summary>Delivers a message as the queue holds it (see <see cref="OutboxMessageCodec"/>).</summary>
    public async Task DeliverQueuedAsync(string queued, CancellationToken cancellationToken)
    {
        var (message, blob) = await codec.DecodeAsync(queued, cancellationToken);
        if (message is null)
        {
            return;
        }
        await DeliverAsync(message, cancellationToken);
        // Sent, or a copy queued for later: the body is no longer needed. A refusal for good throws above and keeps it
        // for the poison queue's message.
        if (blob is not null)
        {
            await codec.ForgetAsync(blob);
        }
    }

    /// <summary>
    /// Sends the message unless it was sent before. Its row in SentEmails is claimed before sending (an insert, so of
    /// two deliveries of one message at the same moment only one sends), renewed while sending and marked sent
    /// afterwards (see <see cref="SendingClaim"/>). A send that fails gives its claim up for the retry; a claim left by a
    /// process that died while sending lapses after <see cref="ClaimTiming.Lifetime"/> and is taken over, so a crash at
    /// the wrong moment can repeat an email but never lose one.
    /// </summary>
    public async Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await sent.EnsureExistsAsync(cancellationToken);
        var key = SentKey(message.DeduplicationKey);
        // Names this delivery's claim in the row, so that a write of ours whose answer was lost is known as ours.
        var claimId = Guid.NewGuid();
        if (await ClaimAsync(key, message, claimId, cancellationToken) is not { } etag)
        {
            return;
        }
        var claim = new SendingClaim(etag, ClaimTiming.Default, time, ct => OwnRowAsync(key, claimId, ct));
        try
        {
            using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            sending.CancelAfter(SendTimeout);
            await claim.SendAsync(async () => await sender.SendAsync(await AsSentAsync(message, sending.Token), sending.Token), (current, ct) => WriteAsync(key, message, SendingState, claimId, current, ct));
            LogSent(logger, message.Anonymous ? message.DeduplicationKey.Split('/')[0] : message.DeduplicationKey);
        }
        catch (Exception failure)
        {
            await ReleaseAsync(key, claim);
            if (IsPermanent(failure) || message.Attempt + 1 >= MostAttempts)
            {
                throw;
            }
            // A mail server away or throttling for a while: this message is done with and a copy comes back later,
            // waiting longer each time, instead of the queue's few quick retries and then the poison queue.
            await EnqueueAsync(message with { Attempt = message.Attempt + 1 }, RetryWait(message.Attempt), cancellationToken);
            return;
        }
        // Not cancelled by a host shutting down: once sent, the mark must be written, or the claim lapses and the email
        // goes out again. False: our claim had lapsed and another delivery took it over; it records the message when sent.
        await claim.MarkSentAsync((current, _) => WriteAsync(key, message, SentState, claimId, current, CancellationToken.None));
    }

    /// <summary>An anonymous email's key names its recipient, so only its kind is logged.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Email} sent")]
    static partial void LogSent(ILogger logger, string email);

    /// <summary>The message as sent: its personal links signed now, where it says so, and its files made from what they are made from.</summary>
    async Task<EmailMessage> AsSentAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var text = message.Text;
        foreach (var link in (message.Link is { } first ? [first] : Enumerable.Empty<EmailLink>()).Concat(message.Links ?? []))
        {
            text = text.Replace(link.Marker, links.UrlFor(link.Path, links.Issue(link.Claims)).ToString(), StringComparison.Ordinal);
        }
        var sent = message with { Text = text, Link = null, Links = null };
        return sent.AttachFrom is { } source ? sent with { Files = await attachments.MakeAsync(source, cancellationToken) } : sent;
    }

    /// <summary>The claim's ETag, or null when the message has been sent already; waits while another delivery sends it.</summary>
    async Task<ETag?> ClaimAsync((string Partition, string Row) key, EmailMessage message, Guid claimId, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return (await sent.AddEntityAsync(Row(key, message, SendingState, claimId), cancellationToken)).Headers.ETag;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Claimed or sent already: look which.
            }
            var existing = await sent.GetEntityIfExistsAsync<TableEntity>(key.Partition, key.Row, cancellationToken: cancellationToken);
            if (existing.HasValue && existing.Value is { } row)
            {
                // Rows without a state were written after sending, before claims existed.
                if (row.GetString(StateColumn) != SendingState)
                {
                    return null;
                }
                // Our own insert, whose answer was lost and whose retry met it.
                if (row.GetGuid(ClaimIdColumn) == claimId)
                {
                    return row.ETag;
                }
                if (ClaimTiming.Default.HasLapsed(row.GetDateTimeOffset(ClaimedAtColumn), time.GetUtcNow()))
                {
                    try
                    {
                        return await WriteAsync(key, message, SendingState, claimId, row.ETag, cancellationToken);
                    }
                    catch (RequestFailedException ex) when (ex.Status == 412)
                    {
                        // Another delivery took the lapsed claim first.
                    }
                }
                await Task.Delay(ClaimPollInterval, time, cancellationToken);
            }
        }
    }

    /// <summary>The server refused for good (SMTP 5xx, such as an unknown recipient): retrying cannot help.</summary>
    static bool IsPermanent(Exception failure) => failure is MailKit.Net.Smtp.SmtpCommandException { StatusCode: var code } && (int)code >= 500;

    TimeSpan RetryWait(int attempt)
    {
        var wait = options.Value.RetryAfter * Math.Pow(2, attempt);
        return wait < LongestRetryWait ? wait : LongestRetryWait;
    }

    /// <summary>Writes the row in <paramref name="state"/> over version <paramref name="current"/>, answering the new version.</summary>
    async Task<ETag> WriteAsync((string Partition, string Row) key, EmailMessage message, string state, Guid claimId, ETag current, CancellationToken cancellationToken) =>
        (await sent.UpdateEntityAsync(Row(key, message, state, claimId), current, TableUpdateMode.Replace, cancellationToken)).Headers.ETag!.Value;

    /// <summary>The row as it is while it holds the claim <paramref name="claimId"/>; null once another delivery's claim is in it.</summary>
    async Task<SendingClaim.OwnRow?> OwnRowAsync((string Partition, string Row) key, Guid claimId, CancellationToken cancellationToken)
    {
        var row = await sent.GetEntityIfExistsAsync<TableEntity>(key.Partition, key.Row, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetGuid(ClaimIdColumn) == claimId ? new(row.Value.ETag, row.Value.GetString(StateColumn) == SentState) : null;
    }

    async Task ReleaseAsync((string Partition, string Row) key, SendingClaim claim)
    {
        try
        {
            await sent.DeleteEntityAsync(key.Partition, key.Row, claim.Current, CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            // The claim lapses on its own.
        }
    }

    TableEntity Row((string Partition, string Row) key, EmailMessage message, string state, Guid claimId) => new(key.Partition, key.Row)
    {
        [StateColumn] = state,
        [ClaimedAtColumn] = time.GetUtcNow(),
        [ClaimIdColumn] = claimId,
        ["To"] = message.Anonymous ? null : message.To,
        ["Subject"] = message.Subject,
    };

    /// <summary>"order/abc/shipped" → partition "order-abc", row "shipped": one partition per subject keeps lookups cheap.</summary>
    static (string Partition, string Row) SentKey(string deduplicationKey)
    {
        var cut = deduplicationKey.LastIndexOf('/');
        var safe = (string s) => s.Replace('/', '-').Replace('\\', '-').Replace('#', '-').Replace('?', '-');
        return cut <= 0 ? (safe(deduplicationKey), "email") : (safe(deduplicationKey[..cut]), safe(deduplicationKey[(cut + 1)..]));
    }
}
