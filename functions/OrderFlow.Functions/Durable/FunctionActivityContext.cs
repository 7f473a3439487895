using Microsoft.DurableTask;

namespace OrderFlow.Functions.Durable;

/// <summary>
/// The context handed to Core's class-based activities from a hand-written [ActivityTrigger] wrapper (the Durable
/// source generator, which would write these, is not available). Activities take what they need from their input.
/// </summary>
public sealed class FunctionActivityContext(TaskName name) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId => string.Empty;
}
