using DurableTask.Core;
using Grpc.Core;
using OrderFlow.DevHost.Durable;
using P = Microsoft.DurableTask.Protobuf;

namespace OrderFlow.Tests.DevHost;

/// <summary>The sidecar raises an event only where the Functions host's Durable extension would: at an instance that runs.</summary>
public class HostLikeRaiseEventTests
{
    [Theory]
    [InlineData(OrchestrationStatus.Running, null)]
    [InlineData(OrchestrationStatus.Pending, null)]
    [InlineData(OrchestrationStatus.Suspended, null)]
    [InlineData(OrchestrationStatus.Completed, StatusCode.FailedPrecondition)]
    [InlineData(OrchestrationStatus.Failed, StatusCode.FailedPrecondition)]
    [InlineData(OrchestrationStatus.Terminated, StatusCode.FailedPrecondition)]
    [InlineData(null, StatusCode.NotFound)]
    public async Task UnaryServerHandler_ByTheInstancesStatus_RaisedOnlyWhileItRunsElseRefused(OrchestrationStatus? status, StatusCode? refused)
    {
        var raised = 0;
        var interceptor = new HostLikeRaiseEvent(_ => Task.FromResult(status));

        var failure = await Record.ExceptionAsync(() => interceptor.UnaryServerHandler<P.RaiseEventRequest, P.RaiseEventResponse>(
            new P.RaiseEventRequest { InstanceId = "api-1", Name = "Cancel" }, new SidecarCallContext(), (_, _) =>
            {
                raised++;
                return Task.FromResult(new P.RaiseEventResponse());
            }));

        Assert.Equal((refused, refused is null ? 1 : 0), ((failure as RpcException)?.StatusCode, raised));
        Assert.True(refused is null || failure?.Message.Contains("api-1", StringComparison.Ordinal) == true, failure?.Message);
    }
}
