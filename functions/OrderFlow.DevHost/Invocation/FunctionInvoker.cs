using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.DurableTask.Client;
using OrderFlow.DevHost.Discovery;

namespace OrderFlow.DevHost.Invocation;

/// <summary>
/// Calls a function method the way the Functions worker does: a new instance of its class per invocation,
/// built from the scoped services, with each parameter bound from the trigger or a supported input.
/// </summary>
sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    public async Task<object?> InvokeAsync(FunctionDescriptor function, InvocationContext context)
    {
        if (context.Http is not null)
        {
            return await InvokeInScopeAsync(function, context, context.Http.RequestServices);
        }
        await using var scope = scopes.CreateAsyncScope();
        return await InvokeInScopeAsync(function, context, scope.ServiceProvider);
    }

    static async Task<object?> InvokeInScopeAsync(FunctionDescriptor function, InvocationContext context, IServiceProvider services)
    {
        var method = function.Method;
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        try
        {
            var arguments = function.Parameters.Select(p => Bind(p, context, services)).ToArray();
            return await AwaitResultAsync(Call(method, target, arguments), function.ResultType);
        }
        finally
        {
            await DisposeAsync(target);
        }
    }

    static object? Bind(ParameterBinding parameter, InvocationContext context, IServiceProvider services) => parameter.Source switch
    {
        BindingSource.Trigger => TriggerPayloads.Convert(context.TriggerPayload, parameter.Type),
        BindingSource.HttpRequest => context.Http!.Request,
        BindingSource.RouteValue => RouteValues.Convert(context.Http!.Request.RouteValues[parameter.Name], parameter.Type),
        BindingSource.CancellationToken => context.CancellationToken,
        BindingSource.DurableClient => services.GetRequiredService<DurableTaskClient>(),
        _ => throw new InvalidOperationException($"Unknown binding source {parameter.Source}."),
    };

    static object? Call(MethodInfo method, object? target, object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }

    static async Task<object?> AwaitResultAsync(object? returned, Type? resultType)
    {
        switch (returned)
        {
            case Task task:
                await task;
                return resultType is null ? null : task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
            case ValueTask valueTask:
                await valueTask;
                return null;
            case not null when returned.GetType().IsGenericType && returned.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)returned.GetType().GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
                return await AwaitResultAsync(asTask, resultType);
            default:
                return returned;
        }
    }

    static async ValueTask DisposeAsync(object? target)
    {
        if (target is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else if (target is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
