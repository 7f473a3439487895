using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// The series as one iCalendar VEVENT: DTSTART in the series' time zone (TZID), RRULE for the cadence, stable UID,
/// manager as ORGANIZER and employee as ATTENDEE. Invites and the meeting schedule both use it, so the dates the
/// reminders go out for are the dates the participants' calendars show.
/// </summary>
static class SeriesEvent
{
    public static CalendarEvent Build(OneOnOneSeries series, DateTimeOffset stamp)
    {
        var start = Local(series, series.FirstStart);
        return new CalendarEvent
        {
            Uid = series.Uid,
            Sequence = series.Sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = start,
            DtEnd = Local(series, series.FirstStart + series.Duration),
            RecurrenceRule = Rule(series),
            Summary = $"One-to-one: {series.Manager.Name} / {series.Employee.Name}",
            Organizer = new Organizer(MailTo(series.Manager)) { CommonName = series.Manager.Name },
            Attendees =
            [
                new Attendee(MailTo(series.Employee))
                {
                    CommonName = series.Employee.Name,
                    Role = ParticipationRole.RequiredParticipant,
                    ParticipationStatus = EventParticipationStatus.NeedsAction,
                    Rsvp = true,
                },
            ],
        };
    }

    /// <summary>
    /// Whether Ical.Net's time zone data (NodaTime's bundled tzdb) has this exact IANA ID: the system's may know
    /// zones it does not, and a series must never be stored that its own invitations cannot describe.
    /// </summary>
    public static bool KnowsZone(string id) => NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    public static CalDateTime Local(OneOnOneSeries series, DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), series.TimeZone);

    static string MailTo(Participant participant) => "mailto:" + participant.Email;

    static RecurrenceRule Rule(OneOnOneSeries series) => series.Cadence switch
    {
        Cadence.Weekly => new RecurrenceRule(FrequencyType.Weekly),
        Cadence.Biweekly => new RecurrenceRule(FrequencyType.Weekly, interval: 2),
        _ => new RecurrenceRule(FrequencyType.Monthly) { ByDay = [MonthlyWeekday(series.FirstStart)] },
    };

    /// <summary>"Second Tuesday" for the 8th–14th; a fifth weekday becomes "last", as months rarely have five.</summary>
    static WeekDay MonthlyWeekday(DateTime first)
    {
        var week = ((first.Day - 1) / 7) + 1;
        return new WeekDay(first.DayOfWeek, week == 5 ? -1 : week);
    }
}
