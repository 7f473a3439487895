using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace OrderFlow.IntegrationTests.TestFunctions;

/// <summary>HTTP starters with [DurableClient], so tests drive workflows from outside the process as a user would.</summary>
public sealed class WorkflowHttpFunctions
{
    [Function("StartWorkflow")]
    public async Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/probe/workflows/{name}/{instanceId}")] HttpRequest request,
        string name,
        string instanceId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var input = await JsonSerializer.DeserializeAsync<JsonElement?>(request.Body, cancellationToken: cancellationToken);
        await client.ScheduleNewOrchestrationInstanceAsync(name, input, new StartOrchestrationOptions(instanceId), cancellationToken);
        return TypedResults.Accepted($"/api/probe/workflows/{instanceId}", new { instanceId });
    }

    [Function("GetWorkflow")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/probe/workflows/{instanceId}")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return instance is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new { status = instance.RuntimeStatus.ToString(), output = instance.SerializedOutput });
    }

    [Function("RaiseWorkflowEvent")]
    public async Task<IResult> RaiseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/probe/workflows/{instanceId}/events/{eventName}")] HttpRequest request,
        string instanceId,
        string eventName,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var payload = await JsonSerializer.DeserializeAsync<JsonElement?>(request.Body, cancellationToken: cancellationToken);
        try
        {
            await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        }
        catch (Grpc.Core.RpcException refused)
        {
            // What the worker was answered, for the test to compare with the Functions host's answer.
            return TypedResults.Conflict(refused.StatusCode.ToString());
        }
        return TypedResults.Accepted((string?)null);
    }
}
