using System.Text.Json;
using Microsoft.DurableTask;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Durable;

/// <summary>Runs an [OrchestrationTrigger] function as a Durable Task orchestrator; the function reads its own input.</summary>
sealed class FunctionOrchestrator(FunctionDescriptor function, FunctionInvoker invoker, DataConverter converter) : ITaskOrchestrator
{
    // Taken as untyped JSON: only the function knows which type it will read the input as.
    public Type InputType => typeof(JsonElement?);

    public Type OutputType => function.ResultType ?? typeof(object);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var serializedInput = input is JsonElement json ? json.GetRawText() : null;
        var functionContext = new FunctionOrchestrationContext(context, serializedInput, converter);
        return invoker.InvokeAsync(function, InvocationContext.ForTrigger(functionContext, CancellationToken.None));
    }
}

/// <summary>Runs an [ActivityTrigger] function as a Durable Task activity, its input typed by the trigger parameter.</summary>
sealed class FunctionActivity(FunctionDescriptor function, FunctionInvoker invoker) : ITaskActivity
{
    public Type InputType => function.TriggerType;

    public Type OutputType => function.ResultType ?? typeof(object);

    public Task<object?> RunAsync(TaskActivityContext context, object? input) =>
        invoker.InvokeAsync(function, InvocationContext.ForTrigger(input, CancellationToken.None));
}
