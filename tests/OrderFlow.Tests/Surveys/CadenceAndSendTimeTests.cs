using OrderFlow.Core.Surveys;

namespace OrderFlow.Tests.Surveys;

public class CadenceAndSendTimeTests
{
    [Theory]
    [InlineData(Cadence.Weekly, "2026-11-23T00:00:00Z", "2026-W48")]
    [InlineData(Cadence.Weekly, "2026-11-29T23:59:59Z", "2026-W48")]
    [InlineData(Cadence.Weekly, "2027-01-01T12:00:00Z", "2026-W53")]
    [InlineData(Cadence.Biweekly, "2024-01-14T23:59:59Z", "B0")]
    [InlineData(Cadence.Biweekly, "2024-01-15T00:00:00Z", "B1")]
    [InlineData(Cadence.Monthly, "2026-11-30T23:59:59Z", "2026-11")]
    [InlineData(Cadence.Quarterly, "2026-10-01T00:00:00Z", "2026-Q4")]
    [InlineData(Cadence.Quarterly, "2026-09-30T23:59:59Z", "2026-Q3")]
    public void PeriodOf_Instant_PeriodKey(Cadence cadence, string instant, string expected) =>
        Assert.Equal(expected, cadence.PeriodOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Europe/Berlin", "2026-11-27T06:00:00Z", "2026-11-27T08:00:00Z")] // 07:00 local: today at 09:00 (UTC+1)
    [InlineData("Europe/Berlin", "2026-11-27T08:30:00Z", "2026-11-28T08:00:00Z")] // 09:30 local: tomorrow
    [InlineData("America/New_York", "2026-11-27T06:00:00Z", "2026-11-27T14:00:00Z")]
    [InlineData("Asia/Tokyo", "2026-11-27T06:00:00Z", "2026-11-28T00:00:00Z")] // 15:00 local: tomorrow 09:00 = 00:00 UTC
    [InlineData("Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T07:00:00Z")] // the day summer time starts: UTC+2
    public void Next_LocalNineOClock_InUtc(string zone, string after, string expected)
    {
        var at = SendTimes.Next(TimeZoneInfo.FindSystemTimeZoneById(zone), new TimeOnly(9, 0), DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), at);
    }

    [Fact]
    public void Next_TimeSkippedBySummerTime_AnHourLater()
    {
        var at = SendTimes.Next(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), new TimeOnly(2, 30), new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), at);
    }
}
