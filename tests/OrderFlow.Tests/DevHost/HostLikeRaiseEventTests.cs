using DurableTask.Core;
using Grpc.Core;
using OrderFlow.DevHost.Durable;
using P = Microsoft.DurableTask.Protobuf;

namespace OrderFlow.Tests.DevHost;

/// <summary>The sidecar raises an event only where the Functions host's Durable extension would: at an instance that runs.</summary>
public class HostLikeRaiseEventTests
{
    static Task<P.RaiseEventResponse> RaiseAsync(OrchestrationStatus? status, Action raised) =>
        new HostLikeRaiseEvent(_ => Task.FromResult(status)).UnaryServerHandler<P.RaiseEventRequest, P.RaiseEventResponse>(
            new P.RaiseEventRequest { InstanceId = "api-1", Name = "Cancel" }, new HostLikeStartFailuresTests.CallContext(), (_, _) =>
            {
                raised();
                return Task.FromResult(new P.RaiseEventResponse());
            });

    [Theory]
    [InlineData(OrchestrationStatus.Running)]
    [InlineData(OrchestrationStatus.Pending)]
    [InlineData(OrchestrationStatus.Suspended)]
    public async Task UnaryServerHandler_InstanceThatRuns_EventRaised(OrchestrationStatus status)
    {
        var raised = 0;

        await RaiseAsync(status, () => raised++);

        Assert.Equal(1, raised);
    }

    [Theory]
    [InlineData(OrchestrationStatus.Completed)]
    [InlineData(OrchestrationStatus.Failed)]
    [InlineData(OrchestrationStatus.Terminated)]
    public async Task UnaryServerHandler_InstanceThatEnded_FailedPreconditionAndNothingRaised(OrchestrationStatus status)
    {
        var raised = 0;

        var refusal = await Assert.ThrowsAsync<RpcException>(() => RaiseAsync(status, () => raised++));

        Assert.Equal((StatusCode.FailedPrecondition, $"Instance api-1 is {status}, not running."), (refusal.StatusCode, refusal.Status.Detail));
        Assert.Equal(0, raised);
    }

    [Fact]
    public async Task UnaryServerHandler_NoSuchInstance_NotFoundAndNothingRaised()
    {
        var raised = 0;

        var refusal = await Assert.ThrowsAsync<RpcException>(() => RaiseAsync(null, () => raised++));

        Assert.Equal(StatusCode.NotFound, refusal.StatusCode);
        Assert.Equal(0, raised);
    }
}
