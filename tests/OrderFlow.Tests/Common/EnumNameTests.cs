using OrderFlow.Core.Common;
using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Common;

public class EnumNameTests
{
    [Theory]
    [InlineData("Validated", OrderStatus.Validated)]
    [InlineData("onhold", OrderStatus.OnHold)]
    [InlineData("COMPLETED", OrderStatus.Completed)]
    public void TryParse_ANameInAnyCase_ReadsIt(string text, OrderStatus expected)
    {
        Assert.True(EnumName.TryParse<OrderStatus>(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Validated,OnHold")]
    [InlineData("3")]
    [InlineData(" Validated")]
    [InlineData("Lost")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NumbersJoinedNamesAndUnknowns_Refused(string? text)
    {
        Assert.False(EnumName.TryParse<OrderStatus>(text, out _));
    }
}
