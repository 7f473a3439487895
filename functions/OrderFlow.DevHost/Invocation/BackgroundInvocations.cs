using OrderFlow.DevHost.Discovery;

namespace OrderFlow.DevHost.Invocation;

/// <summary>Invocations started by the admin API: run after the request returns, failures logged, awaited at shutdown.</summary>
sealed partial class BackgroundInvocations(FunctionInvoker invoker, IHostApplicationLifetime lifetime, ILogger<BackgroundInvocations> logger) : IAsyncDisposable
{
    readonly List<Task> running = [];
    readonly Lock gate = new();

    public void Run(FunctionDescriptor function, object payload)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await invoker.InvokeAsync(function, InvocationContext.ForTrigger(payload, lifetime.ApplicationStopping));
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex, function.Name);
            }
        });
        lock (gate)
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(task);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (gate)
        {
            pending = [.. running];
        }
        await Task.WhenAll(pending);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} run through the admin API failed")]
    static partial void LogFailed(ILogger logger, Exception exception, string function);
}
