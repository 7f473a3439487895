namespace OrderFlow.Core.Surveys;

/// <summary>When a person's email goes out: the survey's local time of day in their own time zone.</summary>
public static class SendTimes
{
    /// <summary>The first <paramref name="at"/> in <paramref name="zone"/> at or after <paramref name="after"/>, in UTC.</summary>
    public static DateTimeOffset Next(TimeZoneInfo zone, TimeOnly at, DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, zone);
        for (var day = DateOnly.FromDateTime(local.DateTime); ; day = day.AddDays(1))
        {
            var wall = day.ToDateTime(at);
            // A time skipped by a daylight-saving jump is sent an hour later, as a wall clock would show it.
            if (zone.IsInvalidTime(wall))
            {
                wall = wall.AddHours(1);
            }
            var instant = new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
            if (instant >= after)
            {
                return instant;
            }
        }
    }
}
