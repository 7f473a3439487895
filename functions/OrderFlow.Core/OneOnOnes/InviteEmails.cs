using Ical.Net;
using OrderFlow.Core.Email;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// The calendar emails of a series, to both participants through the outbox. Deduplication keys name the change
/// ("invite", "skip-2026-12-08", "cancel") and the recipient, as a second guard against sending one twice.
/// </summary>
public sealed class InviteEmails(EmailOutbox outbox, TimeProvider time)
{
    /// <summary>Queues the emails of every change after <see cref="OneOnOneSeries.NotifiedSequence"/>, oldest first.</summary>
    public async Task SendPendingAsync(OneOnOneSeries series, CancellationToken cancellationToken)
    {
        if (series.NotifiedSequence < 0)
        {
            // The invitation describes the series as first set up; later changes follow as their own messages.
            await SendInvitesAsync(series with { Sequence = 0 }, cancellationToken);
        }
        foreach (var (date, _) in series.Skipped.Where(s => s.Value > series.NotifiedSequence).OrderBy(s => s.Value))
        {
            await SendSkipAsync(series, MeetingSchedule.On(series, date)!, cancellationToken);
        }
        if (series.Cancelled)
        {
            await SendCancelAsync(series, cancellationToken);
        }
    }

    Task SendInvitesAsync(OneOnOneSeries series, CancellationToken cancellationToken) => SendToBothAsync(
        series,
        "invite",
        new CalendarPart(CalendarMethods.Request, InviteCalendar.Request(series, time.GetUtcNow())),
        SeriesWording.Title(series),
        $"{series.Manager.Name} and {series.Employee.Name} meet {SeriesWording.Rhythm(series)}, from {SeriesWording.Date(series.FirstStart)}.\n\n"
        + "The invitation is attached for your calendar. The day before each meeting you will get a link to the shared "
        + "agenda and to notes that only you can read.",
        cancellationToken);

    Task SendSkipAsync(OneOnOneSeries series, Meeting meeting, CancellationToken cancellationToken) => SendToBothAsync(
        series,
        $"skip-{meeting.Date:yyyy-MM-dd}",
        new CalendarPart(CalendarMethods.Cancel, InviteCalendar.CancelMeeting(series, meeting, series.Skipped[meeting.Date], time.GetUtcNow())),
        $"Skipped: {SeriesWording.Title(series)} on {SeriesWording.Date(meeting.LocalStart)}",
        $"The one-to-one on {SeriesWording.When(meeting, series)} will not take place. The series goes on as before; "
        + "open agenda items carry over to the next meeting.",
        cancellationToken);

    Task SendCancelAsync(OneOnOneSeries series, CancellationToken cancellationToken) => SendToBothAsync(
        series,
        "cancel",
        new CalendarPart(CalendarMethods.Cancel, InviteCalendar.CancelSeries(series, time.GetUtcNow())),
        $"Cancelled: {SeriesWording.Title(series)}",
        $"The one-to-one series of {series.Manager.Name} and {series.Employee.Name} ({SeriesWording.Rhythm(series)}) has been cancelled.",
        cancellationToken);

    async Task SendToBothAsync(OneOnOneSeries series, string change, CalendarPart calendar, string subject, string text, CancellationToken cancellationToken)
    {
        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            var to = series.Get(role);
            var key = $"oneonone/{series.Id}/{change}-{role.ToString().ToLowerInvariant()}";
            await outbox.EnqueueAsync(new EmailMessage(key, to.Email, to.Name, subject, $"Hello {to.Name},\n\n{text}\n", calendar), cancellationToken);
        }
    }
}
