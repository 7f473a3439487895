using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace OrderFlow.Tests.DevHost;

// Functions written as the isolated worker expects; the discovery tests pick classes from here.

public sealed class SupportedFunctions
{
    [Function("GetItem")]
    public IResult GetItem([HttpTrigger(AuthorizationLevel.Function, "get", Route = "items/{id:int}")] HttpRequest request, int id, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        Results.Ok(id);

    [Function("Nightly")]
    public Task NightlyAsync([TimerTrigger("0 0 2 * * *")] TimerInfo timer) => Task.CompletedTask;

    [Function("Work")]
    public void Work([QueueTrigger("work")] QueueMessage message)
    {
    }

    [Function("Typed")]
    public void Typed([QueueTrigger("%TypedQueue%")] SampleMessage message)
    {
    }

    [Function("Flow")]
    public Task<string> FlowAsync([OrchestrationTrigger] TaskOrchestrationContext context) => Task.FromResult("done");

    [Function("Step")]
    public int Step([ActivityTrigger] SampleMessage input) => input.Count;
}

public sealed record SampleMessage(int Count);

public sealed class EntityFunction
{
    [Function("Counter")]
    public Task RunAsync([EntityTrigger] TaskEntityDispatcher dispatcher) => Task.CompletedTask;
}

public sealed class OutputBindingFunction
{
    [Function("Forward")]
    [QueueOutput("elsewhere")]
    public string Run([QueueTrigger("incoming")] string message) => message;
}

public sealed class ActionResultFunction
{
    [Function("Legacy")]
    public object Run([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => new object();
}

public sealed class ContextParameterFunction
{
    [Function("WithContext")]
    public void Run([QueueTrigger("q")] string message, FunctionContext context)
    {
    }
}

public sealed class TwinFunctions
{
    [Function("Twin")]
    public void First([QueueTrigger("a")] string message)
    {
    }

    [Function("twin")]
    public void Second([QueueTrigger("b")] string message)
    {
    }
}
