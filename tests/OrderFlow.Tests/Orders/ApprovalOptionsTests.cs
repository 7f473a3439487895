using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders;

public class ApprovalOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.True(new ApprovalOptions().ThresholdsAreValid);

    [Theory]
    [InlineData("EUR", "two thousand")]
    [InlineData("EUR", "100000000.01")]
    [InlineData("EUR", "-1.00")]
    [InlineData("EURO", "2000.00")]
    public void UnreadableThreshold_Invalid(string currency, string amount) =>
        Assert.False(new ApprovalOptions { Thresholds = new() { [currency] = amount } }.ThresholdsAreValid);
}
