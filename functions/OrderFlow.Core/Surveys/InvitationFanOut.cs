using OrderFlow.Core.Storage;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace OrderFlow.Core.Surveys;

public enum InvitationKind
{
    Invite,
    Reminder,
}

/// <summary>One email to one invited person; the queue function looks everything else up when it runs.</summary>
public sealed record InvitationMessage(string SurveyId, string RoundId, string InvitationId, InvitationKind Kind);

/// <summary>
/// The survey-invitations queue (setting "SurveyInvitationsQueue"): one message per person, so a round of
/// thousands fans out in parallel and a failing send is retried, then parked in the poison queue, on its own.
/// A message is hidden until the person's local send time (queues allow up to 7 days).
/// </summary>
public sealed class InvitationFanOut(QueueServiceClient queues, IConfiguration configuration)
{
    public const string QueueSetting = "SurveyInvitationsQueue";
    static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EnqueueAsync(IEnumerable<(InvitationMessage Message, TimeSpan Delay)> messages, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(configuration[QueueSetting] ?? "survey-invitations");
        await queue.EnsureExistsAsync(cancellationToken);
        foreach (var (message, delay) in messages)
        {
            var visibleIn = delay <= TimeSpan.Zero ? TimeSpan.Zero : delay > MaxDelay ? MaxDelay : delay;
            await queue.SendMessageAsync(JsonSerializer.Serialize(message, Json), visibleIn, cancellationToken: cancellationToken);
        }
    }

    public static InvitationMessage Parse(string body) =>
        JsonSerializer.Deserialize<InvitationMessage>(body, Json) ?? throw new JsonException("The invitation message is empty.");
}
