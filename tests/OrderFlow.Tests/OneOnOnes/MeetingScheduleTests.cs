using OrderFlow.Core.OneOnOnes;
using static OrderFlow.Tests.OneOnOnes.SeriesBuilder;

namespace OrderFlow.Tests.OneOnOnes;

public class MeetingScheduleTests
{
    [Fact]
    public void From_WeeklyAcrossDaylightSaving_SameLocalTimeOtherUtcTime()
    {
        var series = Series(firstStart: "2027-03-16T10:00");

        var meetings = MeetingSchedule.From(series, new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)).Take(3).ToList();

        Assert.Equal([new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 23), new DateOnly(2027, 3, 30)], meetings.Select(m => m.Date));
        Assert.All(meetings, m => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(m.LocalStart)));
        Assert.Equal([9, 9, 8], meetings.Select(m => m.Start.UtcDateTime.Hour));
        Assert.Equal(TimeSpan.FromMinutes(45), meetings[0].End - meetings[0].Start);
    }

    [Fact]
    public void From_MidSeries_StartsWithTheNextMeeting()
    {
        var meetings = MeetingSchedule.From(Series(Cadence.Biweekly), new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)).Take(2);

        Assert.Equal([new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 29)], meetings.Select(m => m.Date));
    }

    [Fact]
    public void On_MonthlySecondTuesday_FindsOnlyThoseDates()
    {
        var series = Series(Cadence.Monthly, "2026-12-08T10:00");

        Assert.NotNull(MeetingSchedule.On(series, new DateOnly(2027, 1, 12)));
        Assert.NotNull(MeetingSchedule.On(series, new DateOnly(2027, 2, 9)));
        Assert.Null(MeetingSchedule.On(series, new DateOnly(2027, 1, 5)));
        Assert.Null(MeetingSchedule.On(series, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void On_OtherTimeZone_DateIsTheLocalDate()
    {
        // 18:00 in Los Angeles is 02:00 UTC the next day; the meeting still belongs to its local date.
        var series = Series(firstStart: "2026-12-01T18:00", timeZone: "America/Los_Angeles");

        var meeting = MeetingSchedule.On(series, new DateOnly(2026, 12, 8))!;

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 2, 0, 0, TimeSpan.Zero), meeting.Start);
        Assert.Null(MeetingSchedule.On(series, new DateOnly(2026, 12, 9)));
    }

    [Theory]
    [InlineData("weekly", Cadence.Weekly)]
    [InlineData("Biweekly", Cadence.Biweekly)]
    [InlineData(" monthly ", Cadence.Monthly)]
    [InlineData("daily", null)]
    [InlineData("1", null)]
    [InlineData("weekly,monthly", null)]
    [InlineData(null, null)]
    public void Parse_Cadence_OnlyTheThreeNames(string? value, Cadence? expected) =>
        Assert.Equal(expected, Cadences.Parse(value));
}
