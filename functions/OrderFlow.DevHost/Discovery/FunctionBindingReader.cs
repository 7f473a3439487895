using System.Reflection;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace OrderFlow.DevHost.Discovery;

/// <summary>Reads one function's trigger, parameters and return type; records a problem for anything unsupported.</summary>
static class FunctionBindingReader
{
    public static FunctionDescriptor? Read(string name, MethodInfo method, List<string> problems)
    {
        var before = problems.Count;
        void Problem(string text) => problems.Add($"function '{name}' ({method.DeclaringType?.Name}.{method.Name}): {text}");

        // One read of the parameters: ParameterInfo instances are not guaranteed identical across reads.
        var parameters = method.GetParameters();
        var triggers = parameters
            .Select(p => (Parameter: p, Attribute: p.GetCustomAttribute<TriggerBindingAttribute>()))
            .Where(t => t.Attribute is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            Problem($"expected exactly one trigger parameter, found {triggers.Count}.");
            return null;
        }
        var (triggerParameter, trigger) = triggers[0];
        var kind = KindOf(trigger!);
        if (kind is null)
        {
            Problem($"trigger '{BindingName(trigger!)}' is not supported by DevHost (supported: HTTP, timer, queue, orchestration, activity).");
            return null;
        }

        RejectOutputBindings(method, Problem);
        var route = kind == TriggerKind.Http ? ((HttpTriggerAttribute)trigger!).Route ?? name : "";
        var bindings = parameters
            .Select(p => p.Position == triggerParameter.Position ? TriggerBinding(kind.Value, p, Problem) : OtherBinding(kind.Value, p, route, Problem))
            .ToList();
        CheckReturnType(kind.Value, method.ReturnType, Problem);

        return problems.Count > before ? null : new FunctionDescriptor(name, method, kind.Value, trigger!, bindings!);
    }

    static TriggerKind? KindOf(TriggerBindingAttribute trigger) => trigger switch
    {
        HttpTriggerAttribute => TriggerKind.Http,
        TimerTriggerAttribute => TriggerKind.Timer,
        QueueTriggerAttribute => TriggerKind.Queue,
        OrchestrationTriggerAttribute => TriggerKind.Orchestration,
        ActivityTriggerAttribute => TriggerKind.Activity,
        _ => null,
    };

    static ParameterBinding? TriggerBinding(TriggerKind kind, ParameterInfo parameter, Action<string> problem)
    {
        var type = parameter.ParameterType;
        var supported = kind switch
        {
            TriggerKind.Http => type == typeof(HttpRequest),
            TriggerKind.Timer => type == typeof(TimerInfo),
            TriggerKind.Orchestration => type == typeof(TaskOrchestrationContext),
            TriggerKind.Queue => type == typeof(string) || type == typeof(BinaryData) || type == typeof(byte[])
                || type == typeof(QueueMessage) || (type.IsClass && !type.IsAbstract),
            TriggerKind.Activity => true,
            _ => false,
        };
        if (!supported)
        {
            problem($"the {kind} trigger parameter '{parameter.Name}' has type {type.Name}, which DevHost cannot bind.");
            return null;
        }
        return new ParameterBinding(parameter.Name!, type, BindingSource.Trigger);
    }

    static ParameterBinding? OtherBinding(TriggerKind kind, ParameterInfo parameter, string route, Action<string> problem)
    {
        var type = parameter.ParameterType;
        var input = parameter.GetCustomAttribute<BindingAttribute>();
        if (input is DurableClientAttribute && type == typeof(DurableTaskClient))
        {
            return new ParameterBinding(parameter.Name!, type, BindingSource.DurableClient);
        }
        if (input is not null)
        {
            problem($"binding '{BindingName(input)}' on parameter '{parameter.Name}' is not supported by DevHost.");
            return null;
        }
        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter.Name!, type, BindingSource.CancellationToken);
        }
        if (kind == TriggerKind.Http && RouteValues.IsBindable(type) && RouteValues.Names(route).Contains(parameter.Name!, StringComparer.OrdinalIgnoreCase))
        {
            return new ParameterBinding(parameter.Name!, type, BindingSource.RouteValue);
        }
        problem($"parameter '{parameter.Name}' of type {type.Name} has no binding DevHost supports.");
        return null;
    }

    static void RejectOutputBindings(MethodInfo method, Action<string> problem)
    {
        var outputs = method.ReturnParameter.GetCustomAttributes<OutputBindingAttribute>()
            .Concat(method.GetCustomAttributes<OutputBindingAttribute>())
            .Concat((ReturnTypes.Unwrap(method.ReturnType)?.GetProperties() ?? []).SelectMany(p => p.GetCustomAttributes<OutputBindingAttribute>()))
            .Select(BindingName)
            .Distinct();
        foreach (var output in outputs)
        {
            problem($"output binding '{output}' is not supported by DevHost; write through a client instead.");
        }
    }

    static void CheckReturnType(TriggerKind kind, Type returnType, Action<string> problem)
    {
        var result = ReturnTypes.Unwrap(returnType);
        var ok = kind switch
        {
            TriggerKind.Http => result is not null && typeof(IResult).IsAssignableFrom(result),
            TriggerKind.Timer or TriggerKind.Queue => result is null,
            _ => true,
        };
        if (!ok)
        {
            var expected = kind == TriggerKind.Http ? "IResult or Task<IResult>" : "void or Task";
            problem($"return type {returnType.Name} is not supported for a {kind} function (expected {expected}).");
        }
    }

    static string BindingName(BindingAttribute attribute) => attribute.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal);
}
