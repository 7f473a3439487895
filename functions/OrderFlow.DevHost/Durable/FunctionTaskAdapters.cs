using Microsoft.DurableTask;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Durable;

/// <summary>Runs an [OrchestrationTrigger] function as a Durable Task orchestrator; the function reads its own input.</summary>
sealed class FunctionOrchestrator(FunctionDescriptor function, FunctionInvoker invoker) : ITaskOrchestrator
{
    public Type InputType => typeof(object);

    public Type OutputType => function.ResultType ?? typeof(object);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input) =>
        invoker.InvokeAsync(function, InvocationContext.ForTrigger(context, CancellationToken.None));
}

/// <summary>Runs an [ActivityTrigger] function as a Durable Task activity, its input typed by the trigger parameter.</summary>
sealed class FunctionActivity(FunctionDescriptor function, FunctionInvoker invoker) : ITaskActivity
{
    public Type InputType => function.TriggerType;

    public Type OutputType => function.ResultType ?? typeof(object);

    public Task<object?> RunAsync(TaskActivityContext context, object? input) =>
        invoker.InvokeAsync(function, InvocationContext.ForTrigger(input, CancellationToken.None));
}
