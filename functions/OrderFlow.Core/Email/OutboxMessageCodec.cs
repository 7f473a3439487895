using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.Email;

/// <summary>
/// How an email travels in the outbox queue: as its JSON, or, when that outgrows a queue message (the confirmation
/// of an order of a few hundred lines), as a pointer to a blob "email-bodies/{name}" holding the JSON. The blob is
/// deleted once its email is dealt with: sent, or queued again as a copy of its own.
/// </summary>
public sealed partial class OutboxMessageCodec(BlobServiceClient blobs, StorageNames names, ILogger<OutboxMessageCodec> logger)
{
    public const string ContainerName = "email-bodies";

    // A queue message holds 64 KiB, and base64 takes a third more.
    const int LargestMessageBytes = 48 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly BlobContainerClient container = blobs.GetBlobContainerClient(names.Container(ContainerName));

    public async Task<string> EncodeAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(message, Json);
        if (Encoding.UTF8.GetByteCount(json) <= LargestMessageBytes)
        {
            return json;
        }
        await container.EnsureExistsAsync(cancellationToken);
        var name = $"{Guid.NewGuid():N}.json";
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(json), cancellationToken);
        return JsonSerializer.Serialize(new BodyPointer(name), Json);
    }

    /// <summary>
    /// The queued email, with the blob it was read from (null when it came whole). The message is null when its blob
    /// is gone: a delivery of this same queue message dealt with it before it could delete the message.
    /// </summary>
    public async Task<(EmailMessage? Message, string? Blob)> DecodeAsync(string queued, CancellationToken cancellationToken)
    {
        if (JsonSerializer.Deserialize<BodyPointer>(queued, Json)?.BodyBlob is not { } name)
        {
            return (Parse(queued), null);
        }
        try
        {
            var body = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return (Parse(body.Value.Content.ToString()), name);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            LogBodyGone(logger, name);
            return (null, name);
        }
    }

    public Task ForgetAsync(string blob) => container.GetBlobClient(blob).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);

    public static EmailMessage Parse(string json) =>
        JsonSerializer.Deserialize<EmailMessage>(json, Json) ?? throw new JsonException("The outbox message is empty.");

    sealed record BodyPointer(string? BodyBlob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The body {Blob} of a queued email is gone, so the email was dealt with by an earlier delivery of the same queue message; nothing is sent")]
    static partial void LogBodyGone(ILogger logger, string blob);
}
