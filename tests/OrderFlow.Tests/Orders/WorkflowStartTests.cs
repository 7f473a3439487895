using OrderFlow.Core.Orders;

namespace OrderFlow.Tests.Orders;

public class WorkflowStartTests
{
    static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    static readonly OrderRecord Received =
        new OrderRecord { OrderId = "o-1", Source = "api", ExternalId = "PO-1", ReceivedAt = At }.Enter(OrderStatus.Received, At);

    [Fact]
    public void AwaitsWorkflow_Received_True() => Assert.True(Received.AwaitsWorkflow);

    [Theory]
    [InlineData(OrderStatus.Validated)]
    [InlineData(OrderStatus.Reserved)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Completed)]
    public void AwaitsWorkflow_PastReceived_False(OrderStatus stage) => Assert.False(Received.Enter(stage, At.AddMinutes(1)).AwaitsWorkflow);
}
