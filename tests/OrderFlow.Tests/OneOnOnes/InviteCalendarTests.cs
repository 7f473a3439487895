using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using OrderFlow.Core.OneOnOnes;
using static OrderFlow.Tests.OneOnOnes.SeriesBuilder;

namespace OrderFlow.Tests.OneOnOnes;

public class InviteCalendarTests
{
    static (Calendar Calendar, CalendarEvent Event) Parse(string ics)
    {
        var calendar = Calendar.Load(ics)!;
        return (calendar, Assert.Single(calendar.Events));
    }

    [Fact]
    public void Request_WeeklySeries_OneRecurringEventWithUidOrganizerAttendeeAndTimeZone()
    {
        var (calendar, invite) = Parse(InviteCalendar.Request(Series(), Stamp));

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("oo-test@orderflow", invite.Uid);
        Assert.Equal(0, invite.Sequence);
        Assert.Equal(FrequencyType.Weekly, invite.RecurrenceRule!.Frequency);
        Assert.Equal(1, invite.RecurrenceRule.Interval);
        Assert.Equal("Europe/Berlin", invite.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), invite.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 45, 0), invite.DtEnd!.Value);
        Assert.Equal(new Uri("mailto:ada@example.test"), invite.Organizer!.Value);
        Assert.Equal("Ada Manager", invite.Organizer.CommonName);
        var attendee = Assert.Single(invite.Attendees);
        Assert.Equal(new Uri("mailto:ben@example.test"), attendee.Value);
        Assert.True(attendee.Rsvp);
        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public void Request_Biweekly_WeeklyRuleWithIntervalTwo()
    {
        var (_, invite) = Parse(InviteCalendar.Request(Series(Cadence.Biweekly), Stamp));

        Assert.Equal(FrequencyType.Weekly, invite.RecurrenceRule!.Frequency);
        Assert.Equal(2, invite.RecurrenceRule.Interval);
    }

    [Theory]
    [InlineData("2026-12-08T10:00", DayOfWeek.Tuesday, 2)]
    [InlineData("2026-12-29T10:00", DayOfWeek.Tuesday, -1)]
    [InlineData("2026-12-04T16:30", DayOfWeek.Friday, 1)]
    public void Request_Monthly_SameWeekdayOfTheMonthFifthBecomesLast(string firstStart, DayOfWeek day, int offset)
    {
        var (_, invite) = Parse(InviteCalendar.Request(Series(Cadence.Monthly, firstStart), Stamp));

        Assert.Equal(FrequencyType.Monthly, invite.RecurrenceRule!.Frequency);
        var weekday = Assert.Single(invite.RecurrenceRule.ByDay);
        Assert.Equal((day, offset), (weekday.DayOfWeek, weekday.Offset ?? 0));
    }

    [Fact]
    public void CancelMeeting_OneDate_CancelWithRecurrenceIdAndBumpedSequence()
    {
        var series = Series().WithSkip(new DateOnly(2026, 12, 15));
        var meeting = MeetingSchedule.On(series, new DateOnly(2026, 12, 15))!;

        var (calendar, cancel) = Parse(InviteCalendar.CancelMeeting(series, meeting, series.Skipped[meeting.Date], Stamp));

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("oo-test@orderflow", cancel.Uid);
        Assert.Equal(1, cancel.Sequence);
        Assert.Equal("CANCELLED", cancel.Status);
        Assert.Null(cancel.RecurrenceRule);
        Assert.Equal("Europe/Berlin", cancel.RecurrenceIdentifier!.StartTime.TzId);
        Assert.Equal(new DateTime(2026, 12, 15, 10, 0, 0), cancel.RecurrenceIdentifier.StartTime.Value);
        Assert.Equal(new Uri("mailto:ben@example.test"), Assert.Single(cancel.Attendees).Value);
    }

    [Fact]
    public void CancelSeries_Cancelled_WholeSeriesCancelledWithBumpedSequence()
    {
        var series = Series().WithSkip(new DateOnly(2026, 12, 8)).AsCancelled();

        var (calendar, cancel) = Parse(InviteCalendar.CancelSeries(series, Stamp));

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("oo-test@orderflow", cancel.Uid);
        Assert.Equal(2, cancel.Sequence);
        Assert.Equal("CANCELLED", cancel.Status);
        Assert.Null(cancel.RecurrenceIdentifier);
        Assert.Equal(FrequencyType.Weekly, cancel.RecurrenceRule!.Frequency);
    }
}
