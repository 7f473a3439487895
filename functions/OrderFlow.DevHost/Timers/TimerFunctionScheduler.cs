using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using OrderFlow.DevHost.Discovery;
using OrderFlow.DevHost.Http;
using OrderFlow.DevHost.Invocation;

namespace OrderFlow.DevHost.Timers;

/// <summary>
/// Runs one timer function on its schedule while this host holds the function's listener lock (so hosts sharing storage
/// run each occurrence once): RunOnStartup and past-due catch-up whenever it takes the lock, never two runs at once. A
/// run that falls in a burst of requests waits for it to pass (at most DevHost:Burst:MaxHold), like the rest of the
/// background work.
/// </summary>
sealed partial class TimerFunctionScheduler(
    FunctionDescriptor function,
    CronSchedule schedule,
    FunctionInvoker invoker,
    TimerStatusStore statusStore,
    TimerListenerLock listenerLock,
    HttpBurst burst,
    TimeProvider time,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    // Task.Delay can wake a little late; only a real miss counts as past due.
    static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var held = await listenerLock.AcquireAsync(stoppingToken);
            try
            {
                await RunScheduleAsync(held.Lost);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The lock was lost: wait to take it again; whoever holds it now runs the schedule.
            }
        }
    }

    async Task RunScheduleAsync(CancellationToken stoppingToken)
    {
        var trigger = (TimerTriggerAttribute)function.Trigger;
        var status = await ReadStatusAsync(stoppingToken);
        var last = status?.Last ?? DateTimeOffset.MinValue;
        var startedAt = time.GetUtcNow();
        var missed = status is not null && status.Next < startedAt;
        if (trigger.RunOnStartup || missed)
        {
            await RunAsync(missed ? status!.Next : startedAt, isPastDue: missed, stoppingToken);
            last = startedAt;
        }
        var previous = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            // From the later of now and the occurrence just run: a delay can end a moment early, and
            // "now" would then still fall before that occurrence and schedule it a second time.
            var now = time.GetUtcNow();
            var next = schedule.NextAfter(now > previous ? now : previous);
            await WriteStatusAsync(new TimerStatus(last, next), stoppingToken);
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            // Held back by a burst is not past due: the host was there on time.
            var pastDue = time.GetUtcNow() - next > PastDueTolerance;
            await burst.WaitWhileBusyAsync(stoppingToken);
            await RunAsync(next, isPastDue: pastDue, stoppingToken);
            // Recorded even while stopping: the host that takes the lock over must not run this occurrence again.
            await WriteStatusAsync(new TimerStatus(next, schedule.NextAfter(next)), CancellationToken.None);
            last = next;
            previous = next;
        }
    }

    // The stored status only serves past-due detection: a storage hiccup must not stop the schedule.
    async Task<TimerStatus?> ReadStatusAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await statusStore.ReadAsync(function.Name, stoppingToken);
        }
        catch (Azure.RequestFailedException ex)
        {
            LogStatusUnavailable(logger, ex, function.Name);
            return null;
        }
    }

    async Task WriteStatusAsync(TimerStatus status, CancellationToken stoppingToken)
    {
        try
        {
            await statusStore.WriteAsync(function.Name, status, stoppingToken);
        }
        catch (Azure.RequestFailedException ex)
        {
            LogStatusUnavailable(logger, ex, function.Name);
        }
    }

    async Task RunAsync(DateTimeOffset scheduled, bool isPastDue, CancellationToken stoppingToken)
    {
        var info = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus
            {
                Last = scheduled.UtcDateTime,
                Next = schedule.NextAfter(scheduled).UtcDateTime,
                LastUpdated = time.GetUtcNow().UtcDateTime,
            },
        };
        try
        {
            await invoker.InvokeAsync(function, InvocationContext.ForTrigger(info, stoppingToken));
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A failed run is logged and the schedule goes on, as on Azure.
            LogTimerFailed(logger, ex, function.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function}: its schedule status could not be read or saved")]
    static partial void LogStatusUnavailable(ILogger logger, Exception exception, string function);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed")]
    static partial void LogTimerFailed(ILogger logger, Exception exception, string function);
}
