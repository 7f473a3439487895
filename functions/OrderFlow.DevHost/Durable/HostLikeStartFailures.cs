using Grpc.Core;
using Grpc.Core.Interceptors;
using P = Microsoft.DurableTask.Protobuf;

namespace OrderFlow.DevHost.Durable;

/// <summary>
/// Makes the sidecar fail a start as the Functions host's Durable extension does: there, a start the task hub could
/// not store (its storage throttled or failing) answers status Internal naming the instance; the sidecar would let the
/// exception through as Unknown. Every other failed call already answers alike on both (Unknown), and refusals that
/// are the caller's own (AlreadyExists) pass as they are.
/// </summary>
sealed class HostLikeStartFailures : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (request is P.CreateInstanceRequest start && ex is not RpcException && !context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Failed to start instance with ID {start.InstanceId}: {ex.Message}", ex));
        }
    }
}
