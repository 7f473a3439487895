using OrderFlow.DevHost.Timers;

namespace OrderFlow.Tests.DevHost;

public class CronScheduleTests
{
    [Theory]
    [InlineData("0 */5 * * * *", "2026-03-01T10:02:30Z", "2026-03-01T10:05:00Z")]
    [InlineData("*/2 * * * * *", "2026-03-01T10:00:01Z", "2026-03-01T10:00:02Z")]
    [InlineData("0 0 9 * * MON", "2026-03-01T10:00:00Z", "2026-03-02T09:00:00Z")]
    [InlineData("0 30 2 1 * *", "2026-03-01T02:30:00Z", "2026-04-01T02:30:00Z")]
    public void NextAfter_SixFieldExpression_ReturnsFollowingOccurrenceInUtc(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 0 25 * * *")]
    [InlineData("every minute")]
    public void Parse_NotSixValidFields_Throws(string expression)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }
}
