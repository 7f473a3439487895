using OrderFlow.Functions.Pages.Kit;
using OrderFlow.Functions.Pages.WorkQueue;

namespace OrderFlow.Tests.Pages;

public class WorkQueuePageTests
{
    [Theory]
    [InlineData(2 * 24 * 60 + 23 * 60 + 59, "2 days 23 hours")]
    [InlineData(24 * 60 + 60, "1 day 1 hour")]
    [InlineData(3 * 60 + 1, "3 hours 1 minute")]
    [InlineData(12, "12 minutes")]
    [InlineData(0.5, "1 minute")]
    [InlineData(0, "timed out")]
    public void TimeLeft_InWholeUnits_DownToAMinute_TimedOutOnceGone(double minutes, string expected) =>
        Assert.Equal(expected, WorkQueuePage.TimeLeft(TimeSpan.FromMinutes(minutes)));
}
