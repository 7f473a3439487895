namespace OrderFlow.Core.Surveys;

/// <summary>What the reminder and close timers do, for every round that is due.</summary>
public sealed class RoundTimers(SurveyStore surveys, RoundStore rounds, AnswerStore answers, AnswerRelease release, InvitationFanOut queue, EnpsPublisher enps)
{
    /// <summary>
    /// Once per round, after reminderAfterDays: queues a reminder for each invitation not yet answered, at the same
    /// local time of day as the invitation. The round's flag and the outbox's key make it once-only.
    /// </summary>
    public async Task<int> SendRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reminded = 0;
        foreach (var round in (await rounds.UnfinishedAsync(cancellationToken)).Where(r => r is { FannedOut: true, RemindersSent: false, Closed: false } && r.RemindAt <= now && now < r.ClosesAt))
        {
            var waiting = (await answers.InvitationsAsync(round.RoundId, cancellationToken)).Where(i => !i.Answered).ToList();
            var after = round.RemindAt - round.OpenedAt;
            await queue.EnqueueAsync(waiting.Select(i => (new InvitationMessage(round.SurveyId, round.RoundId, i.InvitationId, InvitationKind.Reminder), i.SendAt + after - now)), cancellationToken);
            await rounds.UpdateAsync(round with { RemindersSent = true }, ["RemindersSent"], cancellationToken);
            reminded += waiting.Count;
        }
        return reminded;
    }

    /// <summary>
    /// Closes rounds past closeAfterDays: the answers still held are released with the rewrite of every invitation
    /// (<see cref="AnswerRelease.CloseAsync"/>), then the final eNPS is published.
    /// </summary>
    public async Task<int> CloseDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = 0;
        foreach (var round in (await rounds.UnfinishedAsync(cancellationToken)).Where(r => r.FannedOut && r.ClosesAt <= now))
        {
            if (await surveys.FindAsync(round.SurveyId, cancellationToken) is not { } survey)
            {
                continue;
            }
            closed += round.Closed ? 0 : 1;
            await CloseAsync(survey, round, cancellationToken);
        }
        return closed;
    }

    /// <summary>
    /// Closes one round now, whether or not it is due (People closing it early): the same release and final eNPS as
    /// at its time. Closing a closed round again changes nothing and publishes the same figures.
    /// </summary>
    public async Task<SurveyRound> CloseAsync(Survey survey, SurveyRound round, CancellationToken cancellationToken)
    {
        if (!round.Closed)
        {
            await release.CloseAsync(survey, round.RoundId, cancellationToken);
            await rounds.UpdateAsync(round with { Closed = true }, ["Closed"], cancellationToken);
        }
        var closed = round with { Closed = true };
        await enps.PublishAsync(survey, closed, cancellationToken);
        return closed;
    }
}
