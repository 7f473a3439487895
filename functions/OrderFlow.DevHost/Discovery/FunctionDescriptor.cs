using System.Reflection;

namespace OrderFlow.DevHost.Discovery;

enum TriggerKind { Http, Timer, Queue, Orchestration, Activity }

/// <summary>One [Function] method and how to call it.</summary>
sealed record FunctionDescriptor(
    string Name,
    MethodInfo Method,
    TriggerKind Kind,
    Attribute Trigger,
    IReadOnlyList<ParameterBinding> Parameters)
{
    /// <summary>The T of Task&lt;T&gt; or the plain return type; null for void and Task.</summary>
    public Type? ResultType => ReturnTypes.Unwrap(Method.ReturnType);

    /// <summary>The type the trigger delivers (the activity input, the queue message type, ...).</summary>
    public Type TriggerType => Parameters.Single(p => p.Source == BindingSource.Trigger).Type;
}

enum BindingSource { Trigger, HttpRequest, RouteValue, CancellationToken, DurableClient }

sealed record ParameterBinding(string Name, Type Type, BindingSource Source);

static class ReturnTypes
{
    public static Type? Unwrap(Type returnType)
    {
        if (returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return null;
        }
        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return returnType.GetGenericArguments()[0];
        }
        return returnType;
    }
}
