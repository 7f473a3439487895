using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace OrderFlow.IntegrationTests.TestFunctions;

/// <summary>Orchestrations that exercise DevHost's durable engine: a five-step chain and an approval with a timeout.</summary>
public sealed class WorkflowFunctions(EffectLog effects, StepDelay delay)
{
    public const string FiveSteps = "FiveStepWorkflow";
    public const string RecordStep = "RecordStepActivity";
    public const string Approval = "ApprovalWorkflow";
    public const string ApprovedEvent = "Approved";

    [Function(FiveSteps)]
    public async Task<List<string>> RunFiveStepsAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var results = new List<string>();
        for (var step = 1; step <= 5; step++)
        {
            results.Add(await context.CallActivityAsync<string>(RecordStep, new StepInput(context.InstanceId, step)));
        }
        return results;
    }

    [Function(RecordStep)]
    public async Task<string> RecordStepAsync([ActivityTrigger] StepInput input)
    {
        await Task.Delay(delay.Value);
        var key = $"step-{input.Step}";
        await effects.RecordAsync(input.InstanceId, key);
        return key;
    }

    [Function(Approval)]
    public async Task<string> RunApprovalAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var timeout = TimeSpan.FromSeconds(context.GetInput<int>());
        try
        {
            return "approved by " + await context.WaitForExternalEvent<string>(ApprovedEvent, timeout);
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
    }
}

public sealed record StepInput(string InstanceId, int Step);
