using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace OrderFlow.Benchmarks;

/// <summary>The orchestration measured: five activities in a row, each doing no work of its own.</summary>
public sealed class FiveStepFunctions
{
    public const string Workflow = "BenchFiveSteps";
    public const string Step = "BenchStep";

    // The in-memory comparison registers its own names: the Durable analyzer rejects one name registered twice.
    public const string InMemoryWorkflow = "MemFiveSteps";
    public const string InMemoryStep = "MemStep";

    [Function(Workflow)]
    public Task<int> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) => RunStepsAsync(context, Step);

    [Function(Step)]
    public int RunStep([ActivityTrigger] int step) => step;

    public static async Task<int> RunStepsAsync(TaskOrchestrationContext context, string stepName)
    {
        var sum = 0;
        for (var step = 1; step <= 5; step++)
        {
            sum += await context.CallActivityAsync<int>(stepName, step);
        }
        return sum;
    }
}
