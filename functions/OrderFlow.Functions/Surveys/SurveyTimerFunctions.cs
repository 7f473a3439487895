using Microsoft.Azure.Functions.Worker;
using OrderFlow.Core.Surveys;

namespace OrderFlow.Functions.Surveys;

/// <summary>The survey timers; each run does only what is due, so a repeated or late run does no harm.</summary>
public sealed class SurveyTimerFunctions(RoundDispatcher dispatcher, RoundTimers timers, InvitationSender sender, TimeProvider time)
{
    [Function("DispatchSurveyRounds")]
    public Task DispatchAsync([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.OpenDueRoundsAsync(time.GetUtcNow(), cancellationToken);

    [Function("SendSurveyReminders")]
    public Task RemindAsync([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        timers.SendRemindersAsync(time.GetUtcNow(), cancellationToken);

    [Function("CloseSurveyRounds")]
    public Task CloseAsync([TimerTrigger("0 10,40 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        timers.CloseDueAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>Emails one invitation or reminder; failures are retried by the queue, then parked in its poison queue.</summary>
    [Function("SendSurveyInvitation")]
    public Task SendAsync([QueueTrigger("%" + InvitationFanOut.QueueSetting + "%")] string message, CancellationToken cancellationToken) =>
        sender.SendAsync(InvitationFanOut.Parse(message), cancellationToken);
}
