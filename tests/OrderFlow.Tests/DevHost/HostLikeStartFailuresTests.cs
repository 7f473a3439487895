using Azure;
using Grpc.Core;
using OrderFlow.DevHost.Durable;
using P = Microsoft.DurableTask.Protobuf;

namespace OrderFlow.Tests.DevHost;

/// <summary>The sidecar's failed calls answer with the statuses the Functions host's Durable extension gives.</summary>
public class HostLikeStartFailuresTests
{
    readonly HostLikeStartFailures interceptor = new();

    [Fact]
    public async Task UnaryServerHandler_StartWhoseStorageFailed_InternalNamingTheInstance()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<P.CreateInstanceRequest, P.CreateInstanceResponse>(
            new P.CreateInstanceRequest { InstanceId = "api-1" }, new SidecarCallContext(), (_, _) => throw new RequestFailedException(503, "busy")));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains("api-1", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_StartOfAnInstanceThatExists_RefusalPassesAsItIs()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<P.CreateInstanceRequest, P.CreateInstanceResponse>(
            new P.CreateInstanceRequest { InstanceId = "api-1" }, new SidecarCallContext(),
            (_, _) => throw new RpcException(new Status(StatusCode.AlreadyExists, "exists"))));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task UnaryServerHandler_OtherCallWhoseStorageFailed_ThrownOnForTheServerToAnswerUnknown() =>
        await Assert.ThrowsAsync<RequestFailedException>(() => interceptor.UnaryServerHandler<P.RaiseEventRequest, P.RaiseEventResponse>(
            new P.RaiseEventRequest { InstanceId = "api-1" }, new SidecarCallContext(), (_, _) => throw new RequestFailedException(503, "busy")));
}
