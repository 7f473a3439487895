using OrderFlow.Core.Orders;
using OrderFlow.TestOrders;

namespace OrderFlow.Tests.Orders;

public class WorkflowStartTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    static readonly OrderRecord Received = OrderJourney.Received("o-1", At);

    [Fact]
    public void AwaitsWorkflow_Received_True() => Assert.True(Received.AwaitsWorkflow);

    [Theory]
    [InlineData(OrderStatus.Validated)]
    [InlineData(OrderStatus.Reserved)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Completed)]
    public void AwaitsWorkflow_PastReceived_False(OrderStatus stage) => Assert.False(Received.To(stage, At.AddMinutes(1), OrderJourney.Priced("o-1", paid: true)).AwaitsWorkflow);
}
