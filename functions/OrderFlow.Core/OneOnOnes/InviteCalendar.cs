using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// The iTIP messages (RFC 5546) a series sends: REQUEST for the series, CANCEL with RECURRENCE-ID for one skipped
/// meeting, CANCEL for the whole series. Each carries the VTIMEZONE its TZID refers to.
/// </summary>
public static class InviteCalendar
{
    public const string ProductId = "-//OrderFlow//One-to-ones//EN";

    public static string Request(OneOnOneSeries series, DateTimeOffset stamp) =>
        Serialize(series, CalendarMethods.Request, SeriesEvent.Build(series, stamp));

    /// <summary>Cancels the meeting on <paramref name="date"/> only; the series stays.</summary>
    public static string CancelMeeting(OneOnOneSeries series, Meeting meeting, int sequence, DateTimeOffset stamp)
    {
        var cancelled = SeriesEvent.Build(series, stamp);
        cancelled.RecurrenceRule = null;
        cancelled.Sequence = sequence;
        cancelled.RecurrenceIdentifier = new Ical.Net.DataTypes.RecurrenceIdentifier(SeriesEvent.Local(series, meeting.LocalStart));
        cancelled.DtStart = SeriesEvent.Local(series, meeting.LocalStart);
        cancelled.DtEnd = SeriesEvent.Local(series, meeting.LocalStart + series.Duration);
        cancelled.Status = EventStatus.Cancelled;
        return Serialize(series, CalendarMethods.Cancel, cancelled);
    }

    /// <summary>Cancels every meeting of the series (sent with the series' bumped sequence).</summary>
    public static string CancelSeries(OneOnOneSeries series, DateTimeOffset stamp)
    {
        var cancelled = SeriesEvent.Build(series, stamp);
        cancelled.Status = EventStatus.Cancelled;
        return Serialize(series, CalendarMethods.Cancel, cancelled);
    }

    static string Serialize(OneOnOneSeries series, string method, CalendarEvent calendarEvent)
    {
        var calendar = new Calendar { Method = method, ProductId = ProductId };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(series.TimeZone, series.FirstStart, includeHistoricalData: false));
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar did not serialise.");
    }
}
