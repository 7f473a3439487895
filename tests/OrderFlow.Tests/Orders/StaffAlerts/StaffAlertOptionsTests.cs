using OrderFlow.Core.Orders.StaffAlerts;

namespace OrderFlow.Tests.Orders.StaffAlerts;

public class StaffAlertOptionsTests
{
    [Fact]
    public void Addresses_CommaSeparatedWithSpacesAndRepeats_EachOnce()
    {
        var options = new ApproverOptions { Notify = " oliver@example.com, ethan@example.com,,Oliver@example.com " };

        Assert.Equal(["oliver@example.com", "ethan@example.com"], options.Addresses());
        Assert.True(options.IsValid);
    }

    [Theory]
    [InlineData("oliver@example.com; ethan@example.com")]
    [InlineData("oliver")]
    [InlineData("oliver@example.com,Ethan <ethan@example.com>")]
    public void IsValid_NotAListOfAddresses_False(string notify)
    {
        Assert.False(new ApproverOptions { Notify = notify }.IsValid);
        Assert.False(new OperationsOptions { Notify = notify }.IsValid);
    }

    [Fact]
    public void IsValid_NoAddress_ApproversMayBeNoneOperationsMustBeOne()
    {
        Assert.Equal((true, false), (new ApproverOptions().IsValid, new OperationsOptions { Notify = " , " }.IsValid));
    }
}
