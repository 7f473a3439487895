using Ical.Net.DataTypes;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>One meeting of a series: its local date (the meeting's identity), wall-clock start, and UTC times.</summary>
public sealed record Meeting(DateOnly Date, DateTime LocalStart, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// The meetings of a series, evaluated by Ical.Net from the same VEVENT the invites carry. The cadences meet at most
/// once a day, so a local date names one meeting. Skipped meetings are still listed: callers decide what a skip means.
/// </summary>
public static class MeetingSchedule
{
    public static IEnumerable<Meeting> From(OneOnOneSeries series, DateTimeOffset from)
    {
        var recurring = SeriesEvent.Build(series, from);
        return recurring.GetOccurrences(new CalDateTime(from.UtcDateTime, CalDateTime.UtcTzId))
            .Select(o => ToMeeting(series, o.Period.StartTime))
            .Where(m => m.Start >= from);
    }

    /// <summary>The meeting on this local date, or null when the series does not meet that day.</summary>
    public static Meeting? On(OneOnOneSeries series, DateOnly date)
    {
        var dayStart = SeriesEvent.Local(series, date.ToDateTime(TimeOnly.MinValue));
        var first = From(series, new DateTimeOffset(dayStart.AsUtc, TimeSpan.Zero)).First();
        return first.Date == date ? first : null;
    }

    static Meeting ToMeeting(OneOnOneSeries series, CalDateTime start)
    {
        var local = start.ToTimeZone(series.TimeZone);
        var utc = new DateTimeOffset(local.AsUtc, TimeSpan.Zero);
        return new Meeting(local.Date, local.Value, utc, utc + series.Duration);
    }
}
