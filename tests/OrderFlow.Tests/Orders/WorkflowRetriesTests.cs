using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders;

public class WorkflowRetriesTests
{
    [Fact]
    public void Defaults_FiveAttemptsFromOneSecondAndEndingRetriedAfterFifteen()
    {
        var retries = new WorkflowRetries();

        Assert.True(retries.IsValid);
        Assert.Equal((5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15)), (retries.Attempts, retries.FirstRetry, retries.FirstEndingRetry));
    }

    [Theory]
    [InlineData(0, 1, 15)]
    [InlineData(5, 0, 15)]
    [InlineData(5, 1, 0)]
    public void NoAttemptOrNoPause_Invalid(int attempts, int firstRetrySeconds, int firstEndingRetrySeconds) =>
        Assert.False(new WorkflowRetries
        {
            Attempts = attempts,
            FirstRetry = TimeSpan.FromSeconds(firstRetrySeconds),
            FirstEndingRetry = TimeSpan.FromSeconds(firstEndingRetrySeconds),
        }.IsValid);
}
