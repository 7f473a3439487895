using Microsoft.Extensions.Logging;
using OrderFlow.Core.Email;
using OrderFlow.Core.Security;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// The daily reminder run: for every meeting tomorrow in its series' time zone (and any later today that a missed
/// run left out), each participant gets their own link once. Skipped meetings and cancelled series get none.
/// </summary>
public sealed partial class ReminderDispatch(
    SeriesStore store, ReminderLedger ledger, MeetingLinks links, EmailOutbox outbox, TimeProvider time, ILogger<ReminderDispatch> logger)
{
    /// <summary>Answers how many reminders this run queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        await foreach (var series in store.ActiveAsync(cancellationToken))
        {
            try
            {
                queued += await RemindAsync(series, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken series must not hold back everyone else's reminders; the next run tries it again.
                LogSeriesFailed(logger, ex, series.Id);
            }
        }
        return queued;
    }

    async Task<int> RemindAsync(OneOnOneSeries series, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var meeting in DueMeetings(series, now))
        {
            foreach (var role in Enum.GetValues<ParticipantRole>())
            {
                var access = new MeetingAccess(series.Id, meeting.Date, role);
                var token = links.Issue(access, meeting);
                if (await ledger.TryClaimAsync(access, SignedLinks.Hash(token), now, cancellationToken))
                {
                    await outbox.EnqueueAsync(Reminder(series, meeting, access), cancellationToken);
                    await ledger.MarkQueuedAsync(access, cancellationToken);
                    queued++;
                }
            }
        }
        return queued;
    }

    static IEnumerable<Meeting> DueMeetings(OneOnOneSeries series, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(series.TimeZone)).DateTime);
        return MeetingSchedule.From(series, now).TakeWhile(m => m.Date <= today.AddDays(1)).Where(m => !series.IsSkipped(m.Date));
    }

    static EmailMessage Reminder(OneOnOneSeries series, Meeting meeting, MeetingAccess access)
    {
        var to = series.Get(access.Role);
        var other = series.Get(access.Role == ParticipantRole.Manager ? ParticipantRole.Employee : ParticipantRole.Manager);
        var text = $"Hello {to.Name},\n\nYour one-to-one with {other.Name} is on {SeriesWording.When(meeting, series)}.\n\n"
            + $"Agenda and your notes: {EmailLink.Placeholder}\n\n"
            + $"You and {other.Name} both see and can add to the agenda; open items carry over to the next meeting. "
            + "Your notes are private: only you can read them. The link is yours alone, so please do not forward it.\n";
        return new EmailMessage(
            $"oneonone/{series.Id}/reminder-{access.DateKey}-{access.RoleKey}",
            to.Email,
            to.Name,
            $"One-to-one with {other.Name} on {SeriesWording.Date(meeting.LocalStart)}",
            text,
            Link: MeetingLinks.EmailLinkFor(access, meeting));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "One-to-one reminders for series {SeriesId} failed")]
    static partial void LogSeriesFailed(ILogger logger, Exception exception, string seriesId);
}
