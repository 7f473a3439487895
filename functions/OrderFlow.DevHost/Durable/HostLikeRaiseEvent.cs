using DurableTask.Core;
using Grpc.Core;
using Grpc.Core.Interceptors;
using P = Microsoft.DurableTask.Protobuf;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// Raises events as the Functions host's Durable extension does on the Azure Storage provider: it reads the instance's
/// status first and refuses an event for an instance that does not exist (NotFound) or no longer runs
/// (FailedPrecondition), where the sidecar would send it to the task hub, which drops it unread.
/// </summary>
sealed class HostLikeRaiseEvent(Func<string, Task<OrchestrationStatus?>> statusOf) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is P.RaiseEventRequest raise)
        {
            switch (await statusOf(raise.InstanceId))
            {
                case null:
                    throw new RpcException(new Status(StatusCode.NotFound, $"There is no instance {raise.InstanceId}."));
                case not (OrchestrationStatus.Running or OrchestrationStatus.Pending or OrchestrationStatus.Suspended or OrchestrationStatus.ContinuedAsNew) and var status:
                    throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Instance {raise.InstanceId} is {status}, not running."));
            }
        }
        return await continuation(request, context);
    }
}
