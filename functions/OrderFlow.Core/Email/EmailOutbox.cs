using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Email;

/// <summary>
/// Emails go out through a queue (setting "EmailOutboxQueue"), so a slow or failing mail server never holds up an
/// order; the queue function sends each and records it in the SentEmails table (one row per deduplication key),
/// so a message queued or retried twice is sent once.
/// </summary>
public sealed class EmailOutbox(QueueServiceClient queues, TableServiceClient tables, StorageNames names, IEmailSender sender, Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    public const string QueueSetting = "EmailOutboxQueue";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly TableClient sent = tables.GetTableClient(names.Table("SentEmails"));

    public async Task EnqueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(configuration[QueueSetting] ?? "email-outbox");
        await queue.EnsureExistsAsync(cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, Json), cancellationToken);
    }

    /// <summary>Sends unless already sent. A crash between sending and recording can repeat one email; never lose one.</summary>
    public async Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        await sent.EnsureExistsAsync(cancellationToken);
        var key = SentKey(message.DeduplicationKey);
        if ((await sent.GetEntityIfExistsAsync<TableEntity>(key.Partition, key.Row, cancellationToken: cancellationToken)).HasValue)
        {
            return;
        }
        await sender.SendAsync(message, cancellationToken);
        try
        {
            await sent.AddEntityAsync(new TableEntity(key.Partition, key.Row) { ["To"] = message.To, ["Subject"] = message.Subject }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A concurrent delivery of the same message recorded it.
        }
    }

    public static EmailMessage Parse(string body) =>
        JsonSerializer.Deserialize<EmailMessage>(body, Json) ?? throw new JsonException("The outbox message is empty.");

    /// <summary>"order/abc/shipped" → partition "order-abc", row "shipped": one partition per subject keeps lookups cheap.</summary>
    static (string Partition, string Row) SentKey(string deduplicationKey)
    {
        var cut = deduplicationKey.LastIndexOf('/');
        var safe = (string s) => s.Replace('/', '-').Replace('\\', '-').Replace('#', '-').Replace('?', '-');
        return cut <= 0 ? (safe(deduplicationKey), "email") : (safe(deduplicationKey[..cut]), safe(deduplicationKey[(cut + 1)..]));
    }
}
